namespace MsspTui.Core.Drift;

/// <summary>
/// What Graph answered in one discovery: per-source outcome, GDAP relationships, DAP contracts and tenant look-ups.
/// Saved by <c>discover</c> and read by <c>drift --discovery</c>; see <see cref="DiscoverySnapshotFile"/>.
/// </summary>
public sealed record DiscoverySnapshot(
    DateTimeOffset GeneratedAt,
    string GraphUrl,
    IReadOnlyList<SourceResult> Sources,
    IReadOnlyList<GdapRelationship> Relationships,
    IReadOnlyList<DapContract> Contracts,
    IReadOnlyList<TenantLookup> Tenants)
{
    public const int CurrentSchemaVersion = 1;

    public SourceResult Source(DiscoverySource name) =>
        Sources.FirstOrDefault(s => s.Name == name) ?? SourceResult.Skipped(name);
}
