using Terminal.Gui.App;

namespace MsspTui.Picker;

/// <summary>Runs the picker full screen. Disposing the application restores the terminal, also after an exception.</summary>
public static class PickerApp
{
    public const ushort FramesPerSecond = 60;

    public static int Run(PickerOptions options)
    {
        StartupTrace.Mark("picker starts (runtime up, command line parsed, registry loaded)");

        // Terminal.Gui's main loop sleeps out the rest of each iteration: at its default 25 per second a keystroke
        // can wait up to 40 ms before it is handled. 60 is one iteration per 60 Hz frame; idle, an iteration is cheap.
        Application.MaximumIterationsPerSecond = FramesPerSecond;
        using IApplication app = Application.Create().Init();
        StartupTrace.Mark("terminal driver ready");
        using var picker = new PickerView(options);
        StartupTrace.Mark("picker state built");
        app.Run(picker);
        return 0;
    }
}
