namespace MsspTui.Core.Diagnostics;

/// <summary>A stable diagnostic code with its fixed severity and a short title (listed in docs/diagnostics.md).</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title)
{
    public Diagnostic At(string file, int line, int column, string message) =>
        new(Code, Severity, message, file, line, column);
}
