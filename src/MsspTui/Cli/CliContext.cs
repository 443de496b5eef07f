using MsspTui.Platform;

namespace MsspTui.Cli;

/// <summary>Everything a command touches outside itself, injected so commands run in-process in tests.</summary>
public sealed class CliContext(
    TextWriter output,
    TextWriter error,
    IEnvironment environment,
    IPlatform platform,
    TimeProvider time,
    bool stdoutIsTerminal)
{
    /// <summary>Data: what scripts read.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Messages for the person: errors, progress, hints.</summary>
    public TextWriter Error { get; } = error;

    public IEnvironment Environment { get; } = environment;

    public IPlatform Platform { get; } = platform;

    public TimeProvider Time { get; } = time;

    public GlobalOptions Options { get; } = new();

    /// <summary>Whether stdout is a terminal (colour and layout for people) rather than a pipe or file.</summary>
    public bool StdoutIsTerminal { get; } = stdoutIsTerminal;
}
