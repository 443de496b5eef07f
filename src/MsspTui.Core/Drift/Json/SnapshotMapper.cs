namespace MsspTui.Core.Drift.Json;

/// <summary>Turns a parsed <see cref="SnapshotDocument"/> into a <see cref="DiscoverySnapshot"/>, naming the first bad value.</summary>
internal sealed class SnapshotMapper(string displayPath)
{
    public DiscoverySnapshot Map(SnapshotDocument document)
    {
        var generatedAt = document.GeneratedAt ?? throw Bad("generatedAt is missing");
        var sources = new List<SourceResult>();
        foreach (var (source, index) in (document.Sources ?? []).Select((s, i) => (s, i)))
        {
            var name = DiscoverySourceNames.Find(source.Name ?? string.Empty)
                ?? throw Bad($"sources[{index}].name '{source.Name}' is not one of gdap, dap, tenant-info");
            var status = SnapshotNames.ParseStatus(source.Status)
                ?? throw Bad($"sources[{index}].status '{source.Status}' is not one of ok, forbidden, failed, skipped");
            if (sources.Any(s => s.Name == name))
            {
                throw Bad($"sources[{index}]: source '{source.Name}' appears twice");
            }

            sources.Add(new SourceResult(name, status, source.Detail, source.Items));
        }

        var relationships = (document.Relationships ?? []).Select((r, i) => new GdapRelationship(
            r.Id ?? throw Bad($"relationships[{i}].id is missing"),
            r.DisplayName,
            r.Status ?? throw Bad($"relationships[{i}].status is missing"),
            Tenant(r.Customer?.TenantId, $"relationships[{i}].customer.tenantId"),
            r.Customer?.DisplayName,
            (r.Roles ?? []).Select(role => role.Trim().ToLowerInvariant()).ToArray(),
            r.EndDateTime,
            r.AutoExtendDuration)).ToArray();

        var contracts = (document.Contracts ?? []).Select((c, i) => new DapContract(
            c.Id ?? throw Bad($"contracts[{i}].id is missing"),
            c.ContractType,
            Tenant(c.CustomerId, $"contracts[{i}].customerId"),
            c.DisplayName,
            c.DefaultDomainName)).ToArray();

        var tenants = (document.Tenants ?? []).Select((t, i) => new TenantLookup(
            Tenant(t.TenantId, $"tenants[{i}].tenantId"),
            SnapshotNames.ParseLookup(t.Status) ?? throw Bad($"tenants[{i}].status '{t.Status}' is not one of found, not-found, failed"),
            t.DisplayName,
            t.DefaultDomainName,
            t.Detail)).ToArray();

        return new DiscoverySnapshot(generatedAt, document.GraphUrl ?? string.Empty, sources, relationships, contracts, tenants);
    }

    private string Tenant(string? value, string where) =>
        Guid.TryParse(value, out var id) ? id.ToString("D") : throw Bad($"{where} '{value}' is not a tenant id (GUID)");

    private DiscoverySnapshotException Bad(string what) => new($"{displayPath}: not a valid saved discovery: {what}");
}
