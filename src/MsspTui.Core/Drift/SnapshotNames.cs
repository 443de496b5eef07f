namespace MsspTui.Core.Drift;

/// <summary>Json names of source and look-up statuses, shared by the snapshot and the report.</summary>
public static class SnapshotNames
{
    public static string Status(SourceStatus status) => status switch
    {
        SourceStatus.Ok => "ok",
        SourceStatus.Forbidden => "forbidden",
        SourceStatus.Failed => "failed",
        SourceStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static SourceStatus? ParseStatus(string? text) => text switch
    {
        "ok" => SourceStatus.Ok,
        "forbidden" => SourceStatus.Forbidden,
        "failed" => SourceStatus.Failed,
        "skipped" => SourceStatus.Skipped,
        _ => null,
    };

    public static string Lookup(TenantLookupStatus status) => status switch
    {
        TenantLookupStatus.Found => "found",
        TenantLookupStatus.NotFound => "not-found",
        TenantLookupStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static TenantLookupStatus? ParseLookup(string? text) => text switch
    {
        "found" => TenantLookupStatus.Found,
        "not-found" => TenantLookupStatus.NotFound,
        "failed" => TenantLookupStatus.Failed,
        _ => null,
    };

    public static string Severity(DriftSeverity severity) => severity switch
    {
        DriftSeverity.Error => "error",
        DriftSeverity.Warning => "warning",
        DriftSeverity.Info => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
