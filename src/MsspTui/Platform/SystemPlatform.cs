using MsspTui.Cli;

namespace MsspTui.Platform;

public sealed class SystemPlatform(IBrowserLauncher browser, IClipboard clipboard, string stateDirectory) : IPlatform
{
    public IBrowserLauncher Browser { get; } = browser;

    public IClipboard Clipboard { get; } = clipboard;

    public string StateDirectory { get; } = stateDirectory;

    public bool IsTerminalAttached() => TerminalPresence.IsAttached();

    /// <param name="terminal">Where OSC 52 clipboard sequences go: the real terminal.</param>
    public static SystemPlatform Create(IEnvironment environment, TextWriter terminal) =>
        new(new SystemBrowserLauncher(environment),
            new SystemClipboard(environment, terminal),
            Platform.StateDirectory.Resolve(environment));
}
