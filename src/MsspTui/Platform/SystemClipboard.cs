using System.ComponentModel;
using System.Diagnostics;
using MsspTui.Cli;

namespace MsspTui.Platform;

/// <summary>
/// The OS clipboard through its own tool (clip, pbcopy, clip.exe under WSL, wl-copy, xclip, xsel); over SSH or with no tool, an OSC 52
/// escape sequence, which asks the person's terminal to set its clipboard.
/// </summary>
public sealed class SystemClipboard(IEnvironment environment, TextWriter terminal) : IClipboard
{
    public string? Copy(string text)
    {
        bool remote = !string.IsNullOrEmpty(environment.GetVariable("SSH_TTY"))
            || !string.IsNullOrEmpty(environment.GetVariable("SSH_CONNECTION"));
        if (!remote)
        {
            foreach ((string tool, string[] arguments) in Tools())
            {
                if (ExecutableSearch.Find(tool, environment.GetVariable("PATH")) is { } path && Pipe(path, arguments, text))
                {
                    return tool;
                }
            }
        }

        terminal.Write(Osc52.Sequence(text));
        terminal.Flush();
        return "OSC 52";
    }

    private IEnumerable<(string Tool, string[] Arguments)> Tools()
    {
        if (OperatingSystem.IsWindows())
        {
            yield return ("clip", []);
        }
        else if (OperatingSystem.IsMacOS())
        {
            yield return ("pbcopy", []);
        }
        else
        {
            // Under WSL, Windows' own clipboard tool (on the PATH WSL passes on); what is copied is a URL, plain ASCII,
            // which clip.exe takes as it is.
            if (!string.IsNullOrEmpty(environment.GetVariable("WSL_DISTRO_NAME")))
            {
                yield return ("clip.exe", []);
            }

            if (!string.IsNullOrEmpty(environment.GetVariable("WAYLAND_DISPLAY")))
            {
                yield return ("wl-copy", []);
            }

            if (!string.IsNullOrEmpty(environment.GetVariable("DISPLAY")))
            {
                yield return ("xclip", ["-selection", "clipboard"]);
                yield return ("xsel", ["--clipboard", "--input"]);
            }
        }
    }

    private static bool Pipe(string path, string[] arguments, string text)
    {
        try
        {
            using Process process = QuietProcess.Start(path, arguments);
            process.StandardInput.Write(text);
            process.StandardInput.Close();
            return process.WaitForExit(TimeSpan.FromSeconds(2)) && process.ExitCode == 0;
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException or IOException)
        {
            return false;
        }
    }
}
