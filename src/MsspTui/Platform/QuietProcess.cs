using System.Diagnostics;

namespace MsspTui.Platform;

/// <summary>
/// Starts a helper program (browser, clipboard tool) directly — never through a shell — with its output swallowed,
/// so nothing it prints lands on our screen or in our data.
/// </summary>
public static class QuietProcess
{
    /// <exception cref="System.ComponentModel.Win32Exception">The program cannot be started.</exception>
    public static Process Start(string fileName, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process = Process.Start(startInfo)!;
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
