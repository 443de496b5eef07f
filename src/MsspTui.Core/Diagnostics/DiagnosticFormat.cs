namespace MsspTui.Core.Diagnostics;

/// <summary>The output formats of `validate --format`.</summary>
public enum DiagnosticFormat
{
    Text,
    GitHub,
    Json,
}
