using MsspTui.Cli;

namespace MsspTui.Tests;

/// <summary>Runs mssp-tui in-process and keeps what it printed.</summary>
public sealed class CliRun
{
    public FakeEnvironment Environment { get; } = new();

    public FakePlatform Platform { get; } = new();

    public string Out { get; private set; } = "";

    public string Error { get; private set; } = "";

    public async Task<int> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, Environment, Platform, TimeProvider.System, stdoutIsTerminal: false);
        int exitCode = await new CliApp(context).RunAsync(args);
        Out = output.ToString();
        Error = error.ToString();
        return exitCode;
    }
}
