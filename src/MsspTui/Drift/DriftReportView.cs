using MsspTui.Core.Drift;

namespace MsspTui.Drift;

/// <summary>
/// What the text and markdown reports say beyond the findings: counts by severity, customers with drift, the
/// coverage line, and where the discovery came from.
/// </summary>
internal sealed record DriftReportView(DriftReport Report, string? DiscoveryFile, DateTimeOffset Now)
{
    public int Errors => Report.Findings.Count(f => f.Severity == DriftSeverity.Error);

    public int Warnings => Report.Findings.Count(f => f.Severity == DriftSeverity.Warning);

    public int Infos => Report.Findings.Count(f => f.Severity == DriftSeverity.Info);

    public int CustomersWithDrift => Report.Findings.Where(f => f.CustomerId is not null).Select(f => f.CustomerId).Distinct().Count();

    public IReadOnlyList<IGrouping<string?, DriftFinding>> Groups =>
        Report.Findings.GroupBy(f => f.CustomerId).ToArray();

    public string Counts =>
        $"{Plural(Report.Summary.Findings, "finding")} ({Errors} error{(Errors == 1 ? "" : "s")}, {Warnings} warning{(Warnings == 1 ? "" : "s")}, {Infos} info)";

    public string Coverage =>
        $"checked {Report.Summary.Checked} of {Report.Summary.Customers} customers; sources: " +
        string.Join(", ", Report.Sources.Select(Describe));

    public string Headline => !Report.Complete
        ? $"incomplete: {string.Join(", ", Report.Sources.Where(s => s.Status is SourceStatus.Failed or SourceStatus.Forbidden).Select(s => $"{s.Name.ToName()} {SnapshotNames.Status(s.Status)}"))}"
        : Report.Findings.Count == 0
            ? $"in sync: all {Plural(Report.Summary.Customers, "customer")} match Microsoft Graph"
            : $"drift in {CustomersWithDrift} of {Plural(Report.Summary.Customers, "customer")}" +
              (Report.Findings.Any(f => f.CustomerId is null) ? $", {Plural(Report.Findings.Count(f => f.CustomerId is null), "unregistered tenant")}" : "");

    public string DiscoveryLine
    {
        get
        {
            var at = Report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
            if (DiscoveryFile is null)
            {
                return $"live discovery at {at}";
            }

            var age = Now - Report.GeneratedAt;
            var old = age.TotalDays >= 1 ? $", {Plural((int)age.TotalDays, "day")} old" : age.TotalHours >= 1 ? $", {Plural((int)age.TotalHours, "hour")} old" : "";
            return $"saved discovery {DiscoveryFile} from {at}{old}; expiry judged as of then";
        }
    }

    public static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    public static string Describe(SourceResult source) => source.Status switch
    {
        SourceStatus.Ok => $"{source.Name.ToName()} ok ({source.Items})",
        SourceStatus.Skipped => $"{source.Name.ToName()} skipped",
        _ => $"{source.Name.ToName()} {SnapshotNames.Status(source.Status)} ({source.Detail})",
    };

    /// <summary>Expected/actual are worth a line of their own only where the message does not already say it all.</summary>
    public static bool ShowsExpectedActual(DriftFinding finding) =>
        finding.Kind is DriftKind.RoleMissing or DriftKind.RoleUnexpected or DriftKind.NameMismatch or DriftKind.DomainMismatch;
}
