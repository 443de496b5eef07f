namespace MsspTui.Core.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
