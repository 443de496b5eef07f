using System.Text;
using MsspTui.Core.Matching;
using MsspTui.Platform;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace MsspTui.Picker;

/// <summary>
/// The full-screen picker. Every key goes through <see cref="OnKeyDown"/> (no focusable sub-views), so typing always
/// filters and the fzf/k9s keys cannot be taken by a control. Drift loads and refreshes off the UI thread and comes
/// back through <see cref="IApplication.Invoke(Action)"/>.
/// </summary>
public sealed class PickerView : Runnable
{
    private static readonly string[] SpinnerFrames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

    private readonly PickerOptions _options;
    private readonly PickerState _state;
    private readonly FrecencyBook _frecency;
    private readonly FrecencyStore _frecencyStore;
    private readonly FilterLineView _filterLine;
    private readonly CustomerListView _list;
    private readonly DetailView _detail;
    private readonly StatusLineView _status;
    private readonly HelpOverlay _help;
    private readonly PortalMenuOverlay _portalMenu;
    private readonly CancellationTokenSource _stopping = new();
    private Task _saving = Task.CompletedTask;
    private IApplication? _pasteSource;
    private bool _started;
    private bool _refreshing;
    private int _spinnerFrame;

    public PickerView(PickerOptions options)
        : this(options, PickerStart.Prepare(options))
    {
    }

    internal PickerView(PickerOptions options, PickerStart start)
    {
        _options = options;
        _frecencyStore = start.FrecencyStore;
        _frecency = start.Frecency;
        _state = start.State;
        var theme = new PickerTheme(options.NoColor);

        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        _filterLine = new FilterLineView(_state, theme) { X = 0, Y = 0, Width = Dim.Fill(), Height = 1 };
        _list = new CustomerListView(_state, theme) { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Percent(55) };
        _detail = new DetailView(_state, theme) { X = 0, Y = Pos.Bottom(_list), Width = Dim.Fill(), Height = Dim.Fill(1) };
        _status = new StatusLineView(theme) { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
        _help = new HelpOverlay(theme) { X = 2, Y = 1, Width = Dim.Fill(2) };
        _help.Height = Dim.Func(_ => Math.Min(_help.PreferredHeight, Math.Max(Viewport.Height - 2, 3)));
        _portalMenu = new PortalMenuOverlay(theme) { X = 2, Y = 2, Width = Dim.Fill(2) };
        _portalMenu.Height = Dim.Func(_ => Math.Min(_portalMenu.PreferredHeight, Math.Max(Viewport.Height - 3, 3)));
        Add(_filterLine, _list, _detail, _status, _help, _portalMenu);
        _detail.Sync();
        _filterLine.DriftStatus = "drift: loading";
    }

    internal PickerState State => _state;

    // The subviews tile the whole screen and each paints every cell of its own.
    protected override bool OnClearingViewport() => true;

    // The detail follows the selection here, once per frame, rather than on every key: a burst of typed keys then
    // filters once for the whole burst instead of once per key (the title is drawn with the detail, after this).
    protected override bool OnDrawingSubViews(DrawContext? context)
    {
        _detail.Sync();
        return base.OnDrawingSubViews(context);
    }

    /// <summary>Runs after the first frame: saved drift, then (when possible and asked for) a refresh.</summary>
    protected override void OnDrawComplete(DrawContext? context)
    {
        base.OnDrawComplete(context);
        if (_started)
        {
            return;
        }

        _started = true;
        StartupTrace.Mark("first frame drawn");
        StartupTrace.Flush();
        _pasteSource = App;
        if (_pasteSource is not null)
        {
            _pasteSource.Paste += OnApplicationPaste;
        }

        PickerState state = _state;
        Task warmUp = Task.Run(state.WarmUp);
        _ = LoadSavedDriftAsync(warmUp);
        App?.AddTimeout(TerminalCheckInterval, QuitIfTerminalLost);
    }

    /// <summary>How often the picker checks that its terminal is still there (one system call each time).</summary>
    internal static readonly TimeSpan TerminalCheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>Set once the picker quit because its terminal went away (see <see cref="Platform.TerminalPresence"/>).</summary>
    internal bool TerminalLost { get; private set; }

    /// <summary>The process's exit code: 0 after Esc or Ctrl+C, 1 when the terminal went away, 128 + n after signal n.</summary>
    internal int ExitCode { get; private set; }

    private bool QuitIfTerminalLost()
    {
        if (_options.Platform.IsTerminalAttached())
        {
            return true;
        }

        TerminalLost = true;
        ExitCode = 1;
        Quit();
        return false;
    }

    /// <summary>Quits because the process was asked to end (<see cref="QuitSignals"/>); call on the UI thread.</summary>
    internal void QuitOnSignal(int exitCode)
    {
        ExitCode = exitCode;
        TerminalLost = !_options.Platform.IsTerminalAttached();
        Quit();
    }

    // A terminal sends Ctrl+J as LF (0x0A) and Ctrl+H as BS (0x08); Terminal.Gui reads them as Ctrl+Enter and
    // Ctrl+Backspace (Enter is CR, Backspace DEL). With the kitty keyboard protocol they arrive as Ctrl+J and Ctrl+H.
    private const KeyCode CtrlJ = KeyCode.Enter | KeyCode.CtrlMask;
    private const KeyCode CtrlH = KeyCode.Backspace | KeyCode.CtrlMask;

    protected override bool OnKeyDown(Key key)
    {
        if (key.KeyCode == (KeyCode.C | KeyCode.CtrlMask))
        {
            Quit();
            return true;
        }

        if (_help.Visible)
        {
            return HandleHelpKey(key);
        }

        if (_portalMenu.Visible)
        {
            return HandlePortalMenuKey(key);
        }

        _status.Show(null);
        switch (key.KeyCode)
        {
            case KeyCode.Esc:
                if (_state.Query.Length > 0)
                {
                    SetQuery(string.Empty);
                }
                else
                {
                    Quit();
                }

                return true;
            case KeyCode.Enter:
                OpenDefault();
                return true;
            case KeyCode.CursorUp:
            case KeyCode.P | KeyCode.CtrlMask:
            case KeyCode.K | KeyCode.CtrlMask:
                Move(-1);
                return true;
            case KeyCode.CursorDown:
            case KeyCode.N | KeyCode.CtrlMask:
            case KeyCode.J | KeyCode.CtrlMask:
            case CtrlJ:
                Move(1);
                return true;
            case KeyCode.PageUp:
                Move(-_list.PageSize);
                return true;
            case KeyCode.PageDown:
                Move(_list.PageSize);
                return true;
            case KeyCode.Home:
                MoveTo(0);
                return true;
            case KeyCode.End:
                MoveTo(_state.Count - 1);
                return true;
            case KeyCode.CursorUp | KeyCode.ShiftMask:
                _detail.ScrollBy(-1);
                return true;
            case KeyCode.CursorDown | KeyCode.ShiftMask:
                _detail.ScrollBy(1);
                return true;
            case KeyCode.Tab:
            case KeyCode.O | KeyCode.CtrlMask:
                ShowPortalMenu();
                return true;
            case KeyCode.T | KeyCode.CtrlMask:
                Launch(PortalChoices.MultiTenantView(_options.Registry), row: null);
                return true;
            case KeyCode.Y | KeyCode.CtrlMask:
                CopyDefault();
                return true;
            case KeyCode.D | KeyCode.CtrlMask:
                _state.ToggleDriftOnly();
                Redraw();
                return true;
            case KeyCode.R | KeyCode.CtrlMask:
                StartRefresh();
                return true;
            case KeyCode.F1:
                ShowHelp();
                return true;
            case KeyCode.Backspace:
            case KeyCode.H | KeyCode.CtrlMask:
            case CtrlH:
                if (_state.Query.Length > 0)
                {
                    SetQuery(RemoveLastRune(_state.Query));
                }

                return true;
            case KeyCode.W | KeyCode.CtrlMask:
                SetQuery(RemoveLastWord(_state.Query));
                return true;
            case KeyCode.U | KeyCode.CtrlMask:
                SetQuery(string.Empty);
                return true;
        }

        if (!key.IsCtrl && !key.IsAlt && key.AsRune is { Value: > 0 } rune && !Rune.IsControl(rune))
        {
            if (rune.Value == '?')
            {
                ShowHelp();
            }
            else
            {
                AddToQuery(rune.ToString());
            }

            return true;
        }

        // Swallow everything else: the picker has no other controls that a stray key could act on.
        return true;
    }

    /// <summary>A pasted tenant id or name goes into the filter: its first line, without control characters.</summary>
    private void OnApplicationPaste(object? sender, PasteEventArgs e)
    {
        e.Handled = true;
        TakePaste(e.Text);
    }

    private bool TakePaste(string text)
    {
        if (_help.Visible || _portalMenu.Visible)
        {
            return true;
        }

        // Terminals send line breaks in a paste as CR (tmux, Windows Terminal), CR LF or LF. The first line with
        // something on it is taken (a copy from a web page or table often starts with a line break), and a tab — the
        // cell break of a spreadsheet copy — separates terms like a space.
        string firstLine = text.Split(['\r', '\n']).FirstOrDefault(line => !string.IsNullOrWhiteSpace(line)) ?? string.Empty;
        string clean = new(firstLine.Select(c => c == '\t' ? ' ' : c).Where(c => !char.IsControl(c)).ToArray());
        if (clean.Length > 0)
        {
            _status.Show(null);
            AddToQuery(clean);
        }

        return true;
    }

    /// <summary>The longest filter: more than any name or tenant id, and a pasted page of text is cut instead of filtered by.</summary>
    internal const int MaxQueryLength = 256;

    private void AddToQuery(string text)
    {
        int room = MaxQueryLength - _state.Query.Length;
        if (text.Length > room)
        {
            int fits = 0;
            while (fits < text.Length && fits + CellWriter.NextCell(text, fits, out _) <= room)
            {
                fits += CellWriter.NextCell(text, fits, out _);
            }

            text = text[..fits];
            _status.Show($"the filter is limited to {MaxQueryLength} characters", isError: true);
        }

        if (text.Length > 0)
        {
            SetQuery(_state.Query + text);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (_pasteSource is not null)
            {
                _pasteSource.Paste -= OnApplicationPaste;
            }

            _stopping.Cancel();
            _stopping.Dispose();

            // A visit saved just before quitting is still written (bounded: a stuck disk must not hang the exit).
            _saving.Wait(TimeSpan.FromSeconds(2));
        }

        base.Dispose(disposing);
    }

    private bool HandleHelpKey(Key key)
    {
        switch (key.KeyCode)
        {
            case KeyCode.CursorUp:
                _help.ScrollBy(-1);
                return true;
            case KeyCode.CursorDown:
                _help.ScrollBy(1);
                return true;
            default:
                _help.Visible = false;
                Redraw();
                return true;
        }
    }

    private bool HandlePortalMenuKey(Key key)
    {
        switch (key.KeyCode)
        {
            case KeyCode.Esc:
            case KeyCode.Tab:
            case KeyCode.O | KeyCode.CtrlMask:
                ClosePortalMenu();
                return true;
            case KeyCode.CursorUp:
            case KeyCode.P | KeyCode.CtrlMask:
            case KeyCode.K | KeyCode.CtrlMask:
                _portalMenu.MoveTo(_portalMenu.Selected - 1);
                return true;
            case KeyCode.CursorDown:
            case KeyCode.N | KeyCode.CtrlMask:
            case KeyCode.J | KeyCode.CtrlMask:
            case CtrlJ:
                _portalMenu.MoveTo(_portalMenu.Selected + 1);
                return true;
            case KeyCode.Enter:
                OpenFromMenu();
                return true;
            case KeyCode.Y | KeyCode.CtrlMask:
                if (_portalMenu.SelectedChoice is { } choice)
                {
                    ClosePortalMenu();
                    Copy(choice);
                }

                return true;
        }

        if (key.AsRune is { Value: >= '1' and <= '9' } digit && !key.IsCtrl && !key.IsAlt)
        {
            _portalMenu.MoveTo(digit.Value - '1');
            if (_portalMenu.Selected == digit.Value - '1')
            {
                OpenFromMenu();
            }

            return true;
        }

        return true;
    }

    private void OpenFromMenu()
    {
        PortalChoice? choice = _portalMenu.SelectedChoice;
        PickerRow? row = _state.SelectedRow;
        ClosePortalMenu();
        if (choice is not null)
        {
            Launch(choice, row);
        }
    }

    private void ShowPortalMenu()
    {
        if (_state.SelectedRow is not { } row)
        {
            _status.Show("no customer selected");
            return;
        }

        _portalMenu.ShowFor(row.Name, PortalChoices.For(row, _options.Registry));
        SetNeedsLayout();
        Redraw();
    }

    private void ClosePortalMenu()
    {
        _portalMenu.Visible = false;
        Redraw();
    }

    private void ShowHelp()
    {
        _help.Visible = true;
        Redraw();
    }

    private void OpenDefault()
    {
        if (_state.SelectedRow is not { } row)
        {
            _status.Show("no customer matches the filter", isError: true);
            return;
        }

        Launch(PortalChoices.Default(row, _options.Registry), row);
    }

    private void CopyDefault()
    {
        if (_state.SelectedRow is not { } row)
        {
            _status.Show("no customer matches the filter", isError: true);
            return;
        }

        Copy(PortalChoices.Default(row, _options.Registry));
    }

    private void Copy(PortalChoice choice)
    {
        string? how = _options.Platform.Clipboard.Copy(choice.Url);
        _status.Show(how is null ? $"could not copy; the URL is {choice.Url}" : $"copied ({how}): {choice.Url}", isError: how is null);
    }

    /// <summary>The browser starts off the UI thread; its result comes back as a status message.</summary>
    private void Launch(PortalChoice choice, PickerRow? row)
    {
        if (!SafeUrl.IsLaunchable(choice.Url))
        {
            _status.Show($"not an https URL, not opened: {choice.Url}", isError: true);
            return;
        }

        if (row is not null)
        {
            RememberVisit(row);
        }

        string what = row is null ? choice.Title : $"{row.Name} in {choice.Name}";
        _status.Show($"opening {what}…");
        IApplication? app = App;
        _ = Task.Run(() =>
        {
            LaunchResult result;
            try
            {
                result = _options.Platform.Browser.Launch(choice.Url);
            }
            catch (Exception e)
            {
                result = LaunchResult.Failed(e.Message);
            }

            app?.Invoke(() => _status.Show(
                result.Launched ? $"opened {what}: {choice.Url}" : $"{result.Problem} — URL: {choice.Url}",
                isError: !result.Launched && !result.NoBrowser));
        });
    }

    /// <summary>
    /// Counts the visit and saves the state file off the UI thread. The book is serialised here, where it is
    /// mutated, and saves run one after another so an older one cannot overwrite a newer one.
    /// </summary>
    private void RememberVisit(PickerRow row)
    {
        _state.RecordVisit(row);
        string json = FrecencyJson.Write(_frecency);
        IApplication? app = App;
        _saving = _saving.ContinueWith(_ =>
        {
            if (_frecencyStore.Save(json) is { } problem)
            {
                app?.Invoke(() => _status.Show(problem, isError: true));
            }
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private void SetQuery(string query)
    {
        _state.SetQuery(query);
        Redraw();
    }

    private void Move(int delta)
    {
        _state.MoveBy(delta);
        Redraw();
    }

    private void MoveTo(int index)
    {
        _state.MoveTo(index);
        Redraw();
    }

    private void Redraw()
    {
        _filterLine.SetNeedsDraw();
        _list.SetNeedsDraw();
        _detail.SetNeedsDraw();
        _status.SetNeedsDraw();
        SetNeedsDraw();
    }

    /// <summary>Set once the picker asked the application to stop (Esc on an empty filter, Ctrl+C).</summary>
    internal bool QuitRequested { get; private set; }

    private void Quit()
    {
        QuitRequested = true;
        _stopping.Cancel();
        App?.RequestStop();
    }

    private async Task LoadSavedDriftAsync(Task warmUp)
    {
        IApplication? app = App;
        PickerDriftState? saved = null;
        string? error = null;

        // After the search warm-up, not alongside it: on two cores the drift analysis (and the collections its
        // allocations bring on) delayed the first keystroke's result at 100,000 customers by about 0.3 s, while the
        // drift badges coming a warm-up later (130 ms at 100,000 customers) go unnoticed. WhenAny: this only waits.
        await Task.WhenAny(warmUp).ConfigureAwait(false);
        try
        {
            saved = await Task.Run(() => _options.Drift.LoadSaved(_stopping.Token), _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception e)
        {
            error = $"could not read the saved discovery: {e.Message}";
        }

        app?.Invoke(() =>
        {
            if (saved is not null)
            {
                ApplyDrift(saved);
            }
            else
            {
                _filterLine.DriftStatus = _options.Drift.Refresh is null ? "drift: none saved" : "drift: not yet";
            }

            if (error is not null)
            {
                _status.Show(error, isError: true);
            }

            if (_options.Drift.RefreshAtStart && _options.Drift.Refresh is not null)
            {
                StartRefresh();
            }
            else if (_options.Drift.ShouldRefreshAtStart is { } shouldRefresh && _options.Drift.Refresh is not null)
            {
                _ = RefreshIfSignedInAsync(shouldRefresh);
            }

            Redraw();
        });
    }

    private async Task RefreshIfSignedInAsync(Func<CancellationToken, Task<bool>> shouldRefresh)
    {
        IApplication? app = App;
        bool refresh;
        try
        {
            refresh = await Task.Run(() => shouldRefresh(_stopping.Token), _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (refresh)
        {
            app?.Invoke(StartRefresh);
        }
    }

    private void StartRefresh()
    {
        if (_options.Drift.Refresh is not { } refresh)
        {
            _status.Show(_options.Drift.RefreshUnavailableReason, isError: true);
            return;
        }

        if (_refreshing)
        {
            _status.Show("drift refresh already running");
            return;
        }

        _refreshing = true;
        IApplication? app = App;
        DateTimeOffset started = _options.Time.GetUtcNow();
        app?.AddTimeout(TimeSpan.FromMilliseconds(100), () =>
        {
            if (!_refreshing)
            {
                return false;
            }

            _spinnerFrame = (_spinnerFrame + 1) % SpinnerFrames.Length;
            _filterLine.DriftStatus = RefreshingText(_options.Time.GetUtcNow() - started);
            _filterLine.SetNeedsDraw();
            return true;
        });
        _filterLine.DriftStatus = RefreshingText(TimeSpan.Zero);
        _filterLine.SetNeedsDraw();
        CancellationToken token = _stopping.Token;
        _ = Task.Run(async () =>
        {
            PickerDriftState? fresh = null;
            string? error = null;
            try
            {
                fresh = await refresh(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                error = e.Message;
            }

            app?.Invoke(() =>
            {
                _refreshing = false;
                FinishRefresh(fresh, error);
                Redraw();
            });
        }, CancellationToken.None);
    }

    /// <summary>
    /// A refresh that came back with less than what is shown (a source that answered before failed: offline, VPN down,
    /// 403) keeps the findings on screen and says how old they are; with nothing shown yet, an incomplete result is
    /// better than none.
    /// </summary>
    private void FinishRefresh(PickerDriftState? fresh, string? error)
    {
        if (fresh is not null && (_state.Drift is not { } shown || fresh.Replaces(shown)))
        {
            ApplyDrift(fresh);
            _status.Show(fresh.Incomplete is null ? "drift refreshed" : $"drift incomplete: {fresh.Incomplete}", fresh.Incomplete is not null);
            return;
        }

        string why = fresh?.Incomplete ?? error ?? "no answer";
        if (_state.Drift is { } kept)
        {
            _filterLine.DriftStatus = $"{AgeText(kept)}, refresh failed";
            _status.Show(
                $"drift refresh failed, findings shown are from {DriftAge.Describe(kept.DiscoveredAt, _options.Time.GetUtcNow())}: {why}",
                isError: true);
        }
        else
        {
            _filterLine.DriftStatus = "drift: none";
            _status.Show($"drift refresh failed: {why}", isError: true);
        }
    }

    // The seconds show after a moment: against a host that takes connections and never answers, a refresh runs for a
    // minute or more (60 s per request), and a spinner alone does not say whether it is stuck.
    private string RefreshingText(TimeSpan elapsed) =>
        $"{SpinnerFrames[_spinnerFrame]} refreshing drift{(elapsed < TimeSpan.FromSeconds(3) ? string.Empty : $" {(int)elapsed.TotalSeconds} s")}";

    private void ApplyDrift(PickerDriftState drift)
    {
        _state.ApplyDrift(drift);
        _filterLine.DriftStatus = AgeText(drift);
    }

    private string AgeText(PickerDriftState drift) =>
        $"drift {DriftAge.Describe(drift.DiscoveredAt, _options.Time.GetUtcNow())}{(drift.Incomplete is null ? string.Empty : " (incomplete)")}";

    private static string RemoveLastRune(string text)
    {
        if (text.Length >= 2 && char.IsLowSurrogate(text[^1]) && char.IsHighSurrogate(text[^2]))
        {
            return text[..^2];
        }

        return text[..^1];
    }

    private static string RemoveLastWord(string text)
    {
        string trimmed = text.TrimEnd();
        int space = trimmed.LastIndexOf(' ');
        return space < 0 ? string.Empty : trimmed[..(space + 1)];
    }
}
