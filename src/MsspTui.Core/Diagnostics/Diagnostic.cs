namespace MsspTui.Core.Diagnostics;

/// <summary>One finding about a registry file, at a 1-based line and column.</summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string File,
    int Line,
    int Column);
