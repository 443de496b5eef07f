using MsspTui.Cli;

namespace MsspTui.Platform;

public sealed class SystemPlatform(IBrowserLauncher browser, IClipboard clipboard, string stateDirectory) : IPlatform
{
    public IBrowserLauncher Browser { get; } = browser;

    public IClipboard Clipboard { get; } = clipboard;

    public string StateDirectory { get; } = stateDirectory;

    public static SystemPlatform Create(IEnvironment environment) =>
        new(new SystemBrowserLauncher(environment),
            new SystemClipboard(environment, Console.Out),
            Platform.StateDirectory.Resolve(environment));
}
