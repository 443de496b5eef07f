using System.Diagnostics;

namespace MsspTui.EndToEnd.Tests;

/// <summary>The real picker in a detached tmux session: send keys like a person, read the screen with capture-pane.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PickerTmux : IDisposable
{
    private readonly string _session = "mssp-e2e-" + Guid.NewGuid().ToString("N")[..8];

    private PickerTmux(string directory) => Directory = directory;

    public static bool IsAvailable { get; } = Run("-V").ExitCode == 0;

    public string Directory { get; }

    public string ExitFile => Path.Combine(Directory, "exit");

    /// <summary>Starts mssp-tui with <paramref name="arguments"/> and environment in a <paramref name="width"/>×<paramref name="height"/> pane.</summary>
    /// <param name="ignoreHangUp">Start it with the hang-up signal ignored, as `nohup` does (the script too, so that it
    /// still records the exit code after <see cref="CloseTerminal"/>).</param>
    public static PickerTmux Start(string directory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment,
        int width = 100, int height = 30, bool ignoreHangUp = false)
    {
        var tmux = new PickerTmux(directory);
        string script = Path.Combine(directory, "run.sh");
        IEnumerable<string> exports = environment.Select(e => $"export {e.Key}={Quote(e.Value)}");
        string command = string.Join(' ', MsspTuiExecutable.CommandLine.Concat(arguments).Select(Quote));
        File.WriteAllText(script, $"""
            #!/bin/sh
            {(ignoreHangUp ? "trap '' HUP" : string.Empty)}
            unset MSSP_TUI_REGISTRY MSSP_TUI_GRAPH_TOKEN BROWSER
            {string.Join('\n', exports)}
            cd {Quote(directory)}
            {command}
            echo $? > {Quote(tmux.ExitFile)}
            echo "picker exited"
            {(ignoreHangUp ? string.Empty : "sleep 60")}
            """.Replace("\r\n", "\n"));
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        ProcessResult started = Run("new-session", "-d", "-s", tmux._session, "-x", width.ToString(), "-y", height.ToString(), "/bin/sh " + Quote(script));
        if (started.ExitCode != 0)
        {
            throw new InvalidOperationException($"tmux new-session failed: {started.Error}");
        }

        return tmux;
    }

    public string Screen => Run("capture-pane", "-p", "-t", _session).Out;

    /// <summary>Types text literally (no key-name lookup).</summary>
    public void Type(string text) => Run("send-keys", "-t", _session, "-l", text);

    /// <summary>Presses a tmux key name: Enter, Escape, C-c, Tab, Down…</summary>
    public void Press(string key) => Run("send-keys", "-t", _session, key);

    public TimeSpan WaitFor(Func<string, bool> condition, string what, double seconds = 30)
    {
        var clock = Stopwatch.StartNew();
        string screen = string.Empty;
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            screen = Screen;
            if (condition(screen))
            {
                return clock.Elapsed;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException($"Timed out after {seconds} s waiting for {what}. Screen:\n{screen}");
    }

    public int WaitForExit(double seconds = 30)
    {
        WaitFor(_ => File.Exists(ExitFile) && File.ReadAllText(ExitFile).Trim().Length > 0, "the picker to exit", seconds);
        return int.Parse(File.ReadAllText(ExitFile).Trim());
    }

    /// <summary>The terminal's modes as tmux sees them: alternate screen, cursor shown, mouse reporting, application
    /// cursor keys and keypad.</summary>
    public string TerminalModes => Run("display", "-p", "-t", _session,
        "alt=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag} cursorkeys=#{keypad_cursor_flag} keypad=#{keypad_flag}").Out.Trim();

    /// <summary>Sends a signal (TERM, INT, HUP…) to the picker: the process the pane's shell started.</summary>
    public void Signal(string name)
    {
        string shell = Run("display", "-p", "-t", _session, "#{pane_pid}").Out.Trim();
        string picker = File.ReadAllText($"/proc/{shell}/task/{shell}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        using Process kill = Process.Start("kill", ["-" + name, picker]);
        kill.WaitForExit(10_000);
    }

    /// <summary>Closes the pane's terminal, as closing a terminal window does.</summary>
    public void CloseTerminal() => Run("kill-session", "-t", _session);

    public void Dispose() => Run("kill-session", "-t", _session);

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";

    private static ProcessResult Run(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            using Process process = Process.Start(startInfo)!;
            string output = process.StandardOutput.ReadToEnd();
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit(10_000);
            return new ProcessResult(process.ExitCode, output, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ProcessResult(-1, string.Empty, e.Message);
        }
    }
}
