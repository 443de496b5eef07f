using MsspTui.Cli;

namespace MsspTui.Tests.Drift;

/// <summary>Runs mssp-tui in-process at a fixed time, in the repository root, with its own state directory.</summary>
internal sealed class DriftCli
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public static string RepositoryRoot { get; } = FindRoot();

    public DriftCli()
    {
        Environment.CurrentDirectory = RepositoryRoot;
        Environment[Graph.Auth.SignInSettings.CacheVariable] = "memory";
    }

    public FakeEnvironment Environment { get; } = new();

    public FakePlatform Platform { get; } = new();

    public string Out { get; private set; } = "";

    public string Error { get; private set; } = "";

    public Task<int> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, Environment, Platform, new FixedTime(Now), stdoutIsTerminal: false);
        var exitCode = await new CliApp(context).RunAsync(args, cancellationToken);
        Out = output.ToString();
        Error = error.ToString();
        return exitCode;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MsspTui.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
