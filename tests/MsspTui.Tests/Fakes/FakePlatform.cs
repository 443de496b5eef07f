using MsspTui.Platform;

namespace MsspTui.Tests;

/// <summary>A platform that records what would have been opened or copied.</summary>
public sealed class FakePlatform : IPlatform, IBrowserLauncher, IClipboard
{
    public List<string> Opened { get; } = [];

    public List<string> Copied { get; } = [];

    public LaunchResult NextLaunch { get; set; } = LaunchResult.Success;

    public IBrowserLauncher Browser => this;

    public IClipboard Clipboard => this;

    public string StateDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "mssp-tui-tests-state-" + Guid.NewGuid().ToString("N"));

    public bool TerminalAttached { get; set; } = true;

    public bool IsTerminalAttached() => TerminalAttached;

    public LaunchResult Launch(string url)
    {
        Opened.Add(url);
        return NextLaunch;
    }

    public string? Copy(string text)
    {
        Copied.Add(text);
        return "test clipboard";
    }
}
