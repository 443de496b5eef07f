namespace MsspTui.Core.Drift;

/// <summary>
/// The result of comparing a registry with a discovery. <see cref="Complete"/> is false when any requested source
/// failed; findings are ordered by registry order of the customer, then unregistered tenants, then kind.
/// </summary>
public sealed record DriftReport(
    DateTimeOffset GeneratedAt,
    string Registry,
    bool Complete,
    IReadOnlyList<SourceResult> Sources,
    DriftSummary Summary,
    IReadOnlyList<DriftFinding> Findings,
    int ExpiringWithinDays)
{
    public const int SchemaVersion = 1;

    /// <summary>0 in sync, 2 drift, 1 incomplete (whatever else was found) — the <c>drift</c> exit code.</summary>
    public int ExitCode => !Complete ? 1 : Findings.Count > 0 ? 2 : 0;
}
