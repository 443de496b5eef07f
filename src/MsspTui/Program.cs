using MsspTui.Cli;
using MsspTui.Platform;

namespace MsspTui;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var context = new CliContext(
            Console.Out,
            Console.Error,
            SystemEnvironment.Instance,
            SystemPlatform.Create(SystemEnvironment.Instance),
            TimeProvider.System,
            stdoutIsTerminal: !Console.IsOutputRedirected);
        return await new CliApp(context).RunAsync(args);
    }
}
