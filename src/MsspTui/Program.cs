using MsspTui.Cli;
using MsspTui.Platform;

namespace MsspTui;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Picker.StartupTrace.Mark("main");
#pragma warning disable RS0030 // The one place that binds the real console.
        var context = new CliContext(
            Console.Out,
            Console.Error,
            SystemEnvironment.Instance,
            SystemPlatform.Create(SystemEnvironment.Instance, Console.Out),
            TimeProvider.System,
            stdoutIsTerminal: !Console.IsOutputRedirected);
#pragma warning restore RS0030
        return await new CliApp(context).RunAsync(args);
    }
}
