using MsspTui.Core.Diagnostics;

namespace MsspTui.Core.Registry;

/// <summary>A loaded registry (null when there are errors) and everything found while loading it.</summary>
public sealed record RegistryLoadResult(CustomerRegistry? Registry, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
