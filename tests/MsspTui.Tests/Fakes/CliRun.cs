using MsspTui.Cli;

namespace MsspTui.Tests;

/// <summary>Runs mssp-tui in-process and keeps what it printed.</summary>
public class CliRun
{
    public FakeEnvironment Environment { get; } = new();

    public FakePlatform Platform { get; } = new();

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public string Out { get; private set; } = "";

    public string Error { get; private set; } = "";

    public Task<int> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, Environment, Platform, Time, stdoutIsTerminal: false);
        int exitCode = await new CliApp(context).RunAsync(args, cancellationToken);
        Out = output.ToString();
        Error = error.ToString();
        return exitCode;
    }
}
