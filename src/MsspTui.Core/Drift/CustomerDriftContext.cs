using MsspTui.Core.Registry;

namespace MsspTui.Core.Drift;

/// <summary>
/// Everything the rules know about one registered customer. <see cref="Lookup"/> is null when tenant-info was not
/// requested; a requested but absent look-up counts as failed.
/// </summary>
internal sealed record CustomerDriftContext(
    Customer Customer,
    string TenantId,
    RegistryDefaults Defaults,
    DriftSources Sources,
    IReadOnlyList<GdapRelationship> Relationships,
    IReadOnlyList<DapContract> Contracts,
    TenantLookup? Lookup,
    DateTimeOffset Now,
    int ExpiringWithinDays)
{
    public bool GdapAnswered => Sources.Answered(DiscoverySource.Gdap);

    public bool DapAnswered => Sources.Answered(DiscoverySource.Dap);

    public bool TenantInfoRequested => Sources.Requested(DiscoverySource.TenantInfo);

    public TenantLookupStatus? LookupStatus => TenantInfoRequested ? Lookup?.Status ?? TenantLookupStatus.Failed : null;

    public IReadOnlyList<GdapRelationship> Active => Relationships.Where(r => r.StatusClass == GdapStatusClass.Active).ToArray();

    public DriftFinding Finding(DriftKind kind, DriftSeverity severity, string message, DriftValue expected, DriftValue actual) =>
        new(kind, Customer.Id, TenantId, Customer.Name, severity, message, expected, actual);
}
