using MsspTui.Core.Diagnostics;

namespace MsspTui.Core.Registry.Yaml;

/// <summary>Collects diagnostics for one registry file.</summary>
internal sealed class DiagnosticSink(string file)
{
    public string File { get; } = file;

    public List<Diagnostic> Items { get; } = [];

    public bool HasErrors { get; private set; }

    public void Add(DiagnosticDescriptor descriptor, SourcePosition at, string message)
    {
        Items.Add(descriptor.At(File, at.Line, at.Column, message));
        HasErrors |= descriptor.Severity == DiagnosticSeverity.Error;
    }

    /// <summary>Takes over what another sink for the same file collected (e.g. a check that ran on another core).</summary>
    public void AddFrom(DiagnosticSink other)
    {
        Items.AddRange(other.Items);
        HasErrors |= other.HasErrors;
    }
}
