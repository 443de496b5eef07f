namespace MsspTui.Core.Drift;

/// <summary>How bad a finding is; json names are lower-case ("error", "warning", "info").</summary>
public enum DriftSeverity
{
    Error,
    Warning,
    Info,
}
