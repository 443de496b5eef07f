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

    public GlobalOptions Options { get; private init; } = new();

    /// <summary>
    /// The same context writing elsewhere — e.g. where a full-screen view owns the terminal. It keeps the same
    /// <see cref="Options"/>, so values parsed for this context can still be read.
    /// </summary>
    public CliContext Redirected(TextWriter output, TextWriter error) =>
        new(output, error, Environment, Platform, Time, stdoutIsTerminal: false) { Options = Options };

    /// <summary>Whether stdout is a terminal (colour and layout for people) rather than a pipe or file.</summary>
    public bool StdoutIsTerminal { get; } = stdoutIsTerminal;
}
