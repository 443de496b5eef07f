using System.Diagnostics;
using MsspTui.Core.Matching;
using MsspTui.Core.Registry;
using MsspTui.Picker;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace MsspTui.Tests.Picker;

/// <summary>The picker on a headless Terminal.Gui application: inject keys, read the screen as text.</summary>
public sealed class PickerHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 15, 0, 0, TimeSpan.Zero);

    private readonly IApplication _app;
    private readonly VirtualTimeProvider _clock = new();
    private readonly SessionToken? _session;

    public PickerHarness(CustomerRegistry registry, int width = 100, int height = 30, PickerDrift? drift = null,
        FrecencyBook? frecency = null, bool noColor = false)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        _app = Application.Create(_clock);
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        Time = new FixedTime(Now);
        View = new PickerView(new PickerOptions(registry, Platform, drift ?? PickerDrift.None, Time, noColor, frecency ?? new FrecencyBook()));
        _session = _app.Begin(View);
        Draw();

        // The saved drift loads in the background and lands whenever the loop next runs; settle it first so a
        // screen snapshot never depends on that race.
        PumpUntil(() => !_app.Driver!.ToString()!.Contains("drift: loading", StringComparison.Ordinal), "the saved drift to load");
    }

    public FakePlatform Platform { get; } = new();

    public FixedTime Time { get; }

    public PickerView View { get; }

    public bool Stopped => View.QuitRequested;

    public string Screen
    {
        get
        {
            Draw();
            return _app.Driver!.ToString()!;
        }
    }

    /// <summary>The screen with its escape sequences (colours, styles).</summary>
    public string Ansi
    {
        get
        {
            Draw();
            return _app.Driver!.ToAnsi();
        }
    }

    public void Type(string text)
    {
        foreach (char c in text)
        {
            Press(new Key(c));
        }
    }

    public void Press(Key key)
    {
        _app.InjectKey(key);
        Draw();
    }

    /// <summary>Characters as a terminal sends them (a raw 0x0A for Ctrl+J), read by Terminal.Gui's ANSI input parser.</summary>
    public void TerminalInput(string raw)
    {
        var input = (AnsiInputProcessor)_app.Driver!.GetInputProcessor();
        foreach (char c in raw)
        {
            input.InputQueue.Enqueue(c);
        }

        input.ProcessQueue();
        Draw();
    }

    /// <summary>A bracketed paste, as the terminal delivers it.</summary>
    public void Paste(string text)
    {
        _app.RaisePasteEvent(text);
        Draw();
    }

    public void Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        Draw();
    }

    /// <summary>Moves the application's clock on and runs the timers that came due.</summary>
    public void AdvanceTime(TimeSpan duration)
    {
        _clock.Advance(duration);
        _app.TimedEvents!.RunTimers();
        Draw();
    }

    /// <summary>Runs what background work marshalled back (app.Invoke) until the condition holds.</summary>
    public void PumpUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException($"Timed out waiting for {what}. Screen:\n{_app.Driver!.ToString()}");
            }

            _app.TimedEvents!.RunTimers();
            Draw();
            Thread.Sleep(5);
        }

        Draw();
    }

    public void Dispose()
    {
        if (_session is not null && View.IsRunning)
        {
            _app.End(_session);
        }

        View.Dispose();
        _app.Dispose();
    }

    private void Draw() => _app.LayoutAndDraw(forceRedraw: true);
}
