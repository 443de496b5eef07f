namespace MsspTui.Tests.Drift;

/// <summary>mssp-tui in-process at a fixed time, in the repository root, with tokens kept in memory only.</summary>
internal sealed class DriftCli : CliRun
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public static string RepositoryRoot => RepositoryFiles.Root;

    public DriftCli()
    {
        Time = new FixedTime(Now);
        Environment.CurrentDirectory = RepositoryRoot;
        Environment[Graph.Auth.SignInSettings.CacheVariable] = "memory";
    }
}
