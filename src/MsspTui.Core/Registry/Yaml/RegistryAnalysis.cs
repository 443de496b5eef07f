using MsspTui.Core.Diagnostics;

namespace MsspTui.Core.Registry.Yaml;

/// <summary>
/// What the loader learnt about a file: the tree (null when the YAML itself was refused), whether its schemaVersion
/// is one this build reads, the diagnostics so far, and the model when there were no errors.
/// </summary>
internal sealed record RegistryAnalysis(SourceNode? Root, bool SupportedVersion, DiagnosticSink Sink, CustomerRegistry? Registry)
{
    /// <summary>The verdict of the caller's <see cref="TreeVerdict"/> on the whole tree (null: none given, or it can't tell).</summary>
    public bool? Verdict { get; init; }
}
