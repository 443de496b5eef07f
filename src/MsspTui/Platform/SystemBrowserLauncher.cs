using System.ComponentModel;
using System.Diagnostics;
using MsspTui.Cli;

namespace MsspTui.Platform;

/// <summary>
/// Opens URLs: $BROWSER if set (split into words like a shell would, the URL appended as one more argument, never
/// through a shell), else the OS opener. The browser's own output is swallowed so it never lands on our screen.
/// </summary>
public sealed class SystemBrowserLauncher(IEnvironment environment) : IBrowserLauncher
{
    /// <summary>How long to wait for a browser command that fails at once, so its failure can be reported.</summary>
    private static readonly TimeSpan QuickFailureWindow = TimeSpan.FromSeconds(1);

    private const string WindowsExplorer = "explorer.exe";

    public LaunchResult Launch(string url)
    {
        if (!SafeUrl.IsLaunchable(url))
        {
            return LaunchResult.Failed($"refusing to open '{url}': only https URLs are opened");
        }

        if (environment.GetVariable("BROWSER") is { Length: > 0 } browser)
        {
            return CommandLineWords.Split(browser) is { Count: > 0 } words
                ? Start(words[0], [.. words.Skip(1), url])
                : LaunchResult.Failed("$BROWSER is not a valid command line (unbalanced quotes or empty)");
        }

        if (OperatingSystem.IsWindows())
        {
            return StartShellExecute(url);
        }

        if (OperatingSystem.IsMacOS())
        {
            return Start("open", [url]);
        }

        return LinuxOpener() is { } opener
            ? Start(opener, [url])
            : LaunchResult.Unavailable("no browser found (set $BROWSER, or run where a desktop session is available)");
    }

    /// <summary>
    /// Under WSL the Windows browser: wslview, else Windows' own explorer.exe (on the PATH WSL passes on; not every
    /// distribution has wslview). Elsewhere xdg-open, only with a display, because without one it falls back to a
    /// text-mode browser that would take over this terminal.
    /// </summary>
    private string? LinuxOpener()
    {
        string? path = environment.GetVariable("PATH");
        if (environment.GetVariable("WSL_DISTRO_NAME") is { Length: > 0 } &&
            (ExecutableSearch.Find("wslview", path) ?? ExecutableSearch.Find(WindowsExplorer, path)) is { } windowsOpener)
        {
            return windowsOpener;
        }

        bool hasDisplay = !string.IsNullOrEmpty(environment.GetVariable("DISPLAY"))
            || !string.IsNullOrEmpty(environment.GetVariable("WAYLAND_DISPLAY"));
        return hasDisplay ? ExecutableSearch.Find("xdg-open", path) : null;
    }

    private static LaunchResult Start(string fileName, IEnumerable<string> arguments)
    {
        try
        {
            using Process process = QuietProcess.Start(fileName, arguments);
            process.StandardInput.Close();
            // explorer.exe exits with 1 when it has handed a URL to the browser: its code tells nothing.
            bool exitCodeTells = !string.Equals(Path.GetFileName(fileName), WindowsExplorer, StringComparison.OrdinalIgnoreCase);
            if (process.WaitForExit(QuickFailureWindow) && process.ExitCode != 0 && exitCodeTells)
            {
                return LaunchResult.Failed($"the browser command '{fileName}' exited with code {process.ExitCode}");
            }

            return LaunchResult.Success;
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException)
        {
            return LaunchResult.Failed($"could not start the browser command '{fileName}': {exception.Message}");
        }
    }

    private static LaunchResult StartShellExecute(string url)
    {
        try
        {
            using Process? process = Process.Start(new ProcessStartInfo(url) { UseShellExecute = true });
            return LaunchResult.Success;
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException)
        {
            return LaunchResult.Failed($"could not open the browser: {exception.Message}");
        }
    }
}
