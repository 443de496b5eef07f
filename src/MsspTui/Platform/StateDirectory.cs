using MsspTui.Cli;

namespace MsspTui.Platform;

/// <summary>Where state lives: %LOCALAPPDATA%\mssp-tui on Windows, else $XDG_STATE_HOME/mssp-tui or ~/.local/state/mssp-tui.</summary>
public static class StateDirectory
{
    public const string OverrideVariable = "MSSP_TUI_STATE_DIR";

    public static string Resolve(IEnvironment environment)
    {
        if (environment.GetVariable(OverrideVariable) is { Length: > 0 } explicitDirectory)
        {
            return explicitDirectory;
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "mssp-tui");
        }

        if (environment.GetVariable("XDG_STATE_HOME") is { Length: > 0 } xdgState && Path.IsPathRooted(xdgState))
        {
            return Path.Combine(xdgState, "mssp-tui");
        }

        string home = environment.GetVariable("HOME") is { Length: > 0 } fromVariable
            ? fromVariable
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".local", "state", "mssp-tui");
    }
}
