namespace MsspTui.Platform;

/// <summary>The one seam for what differs between Windows, macOS and Linux.</summary>
public interface IPlatform
{
    IBrowserLauncher Browser { get; }

    IClipboard Clipboard { get; }

    /// <summary>Where the tool keeps its state (frecency, last discovery): XDG state dir or %LOCALAPPDATA%.</summary>
    string StateDirectory { get; }

    /// <summary>Whether the terminal the picker draws on is still there (false once its window has closed).</summary>
    bool IsTerminalAttached();
}
