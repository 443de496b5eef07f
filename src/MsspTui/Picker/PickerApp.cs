using Terminal.Gui.App;

namespace MsspTui.Picker;

/// <summary>Runs the picker full screen. Disposing the application restores the terminal, also after an exception.</summary>
public static class PickerApp
{
    public const ushort FramesPerSecond = 60;

    /// <param name="terminal">Standard output, the picker's terminal (for what is written after Terminal.Gui is done).</param>
    public static int Run(PickerOptions options, TextWriter terminal)
    {
        StartupTrace.Mark("registry loaded, picker starts");

        // Rows, search index and order need no terminal: they are built on another core while the driver starts.
        Task<PickerStart> preparing = Task.Run(() => PickerStart.Prepare(options));

        // Terminal.Gui's main loop sleeps out the rest of each iteration: at its default 25 per second a keystroke
        // can wait up to 40 ms before it is handled. 60 is one iteration per 60 Hz frame; idle, an iteration is cheap.
        Application.MaximumIterationsPerSecond = FramesPerSecond;
        if (BasicPalette.IsAllTheTerminalHas(Environment.GetEnvironmentVariable("TERM"), Environment.GetEnvironmentVariable("COLORTERM")))
        {
            Terminal.Gui.Drivers.Driver.Force16Colors = true;
        }

        IApplication app = InitWithoutClipboardProbe();
        bool terminalLost = false;
        int exitCode = Cli.ExitCodes.Success;
        try
        {
            StartupTrace.Mark("terminal driver ready");
            using var picker = new PickerView(options, preparing.GetAwaiter().GetResult());
            StartupTrace.Mark("picker state built");
            using (new QuitSignals(code => app.Invoke(() => picker.QuitOnSignal(code))))
            {
                app.Run(picker);
            }

            terminalLost = picker.TerminalLost;
            exitCode = picker.ExitCode;
        }
        finally
        {
            // Disposing restores the terminal. Once the terminal is gone there is nothing to restore, and Terminal.Gui's
            // shutdown would wait forever for its input loop, which keeps reading end-of-file without looking at its
            // cancellation; the process ends with that loop instead.
            if (!terminalLost)
            {
                app.Dispose();
                ResetKeypadModes(terminal);
            }
        }

        // No one may be left to read a message: the exit code alone says the picker did not end by choice.
        return exitCode;
    }

    // .NET's console, started by Terminal.Gui's input, switches the terminal to application cursor-key and keypad mode
    // (terminfo's keypad_xmit) and nothing switches it back: after the picker the shell's arrow keys and keypad sent
    // other sequences. This is keypad_local for every terminal that has a keypad mode (not "dumb").
    private static void ResetKeypadModes(TextWriter terminal)
    {
        if (Environment.GetEnvironmentVariable("TERM") is { Length: > 0 } term && term != "dumb")
        {
            terminal.Write("\u001b[?1l\u001b>");
            terminal.Flush();
        }
    }

    // Terminal.Gui's driver looks for a clipboard tool by running `bash -c "which xclip"` while it starts: a shell
    // spawned on the way to the first frame, taking a core from the start-up work (without it the first frame came
    // 7 ms sooner, median of 25 interleaved launches in tmux).
    // The picker copies through its own clipboard (Platform/SystemClipboard), never Terminal.Gui's, so the probe is
    // left without a PATH: the shell is not found and Terminal.Gui keeps its in-memory clipboard.
    private static IApplication InitWithoutClipboardProbe()
    {
        if (OperatingSystem.IsWindows())
        {
            return Application.Create().Init();
        }

        string? path = Environment.GetEnvironmentVariable("PATH");
        Environment.SetEnvironmentVariable("PATH", null);
        try
        {
            return Application.Create().Init();
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }
    }
}
