namespace MsspTui.Graph.Auth;

/// <summary>
/// Whether a system browser can be used for sign-in, like git-credential-manager decides: not over SSH, and on
/// Linux only with a display (DISPLAY or WAYLAND_DISPLAY). Otherwise sign-in uses the device code flow.
/// </summary>
public static class BrowserAvailability
{
    public static bool CanOpenBrowser(Func<string, string?> variable)
    {
        if (!string.IsNullOrEmpty(variable("SSH_CONNECTION")) || !string.IsNullOrEmpty(variable("SSH_TTY")))
        {
            return false;
        }

        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            return true;
        }

        return !string.IsNullOrEmpty(variable("DISPLAY")) || !string.IsNullOrEmpty(variable("WAYLAND_DISPLAY"));
    }
}
