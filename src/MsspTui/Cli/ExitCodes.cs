namespace MsspTui.Cli;

/// <summary>Process exit codes (contract: docs/cli.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Errors, invalid registry, not found, ambiguous, incomplete discovery.</summary>
    public const int Failure = 1;

    /// <summary>drift: the registry and Graph disagree.</summary>
    public const int Drift = 2;

    /// <summary>Interrupted by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
