namespace MsspTui.Core.Drift;

/// <summary>How a discovery source answered; json names "ok", "forbidden", "failed", "skipped".</summary>
public enum SourceStatus
{
    Ok,
    Forbidden,
    Failed,
    Skipped,
}
