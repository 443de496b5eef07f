namespace MsspTui.Core.Drift.Json;

/// <summary>Turns a parsed <see cref="SnapshotDocument"/> into a <see cref="DiscoverySnapshot"/>, naming the first bad value.</summary>
internal sealed class SnapshotMapper(string displayPath)
{
    public DiscoverySnapshot Map(SnapshotDocument document)
    {
        var generatedAt = document.GeneratedAt ?? throw Bad("generatedAt is missing");
        if (document.Sources is not { Count: > 0 })
        {
            // Without them nothing says which lists answered: the findings would rest on lists of unknown standing.
            throw Bad("sources is missing (every saved discovery lists its sources)");
        }

        var sources = new List<SourceResult>();
        foreach (var (entry, index) in (document.Sources ?? []).Select((s, i) => (s, i)))
        {
            var source = entry ?? throw Bad($"sources[{index}] is null");
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

        var relationships = Listed(document.Relationships, "relationships", DiscoverySource.Gdap, sources).Select((r, i) => new GdapRelationship(
            r.Id ?? throw Bad($"relationships[{i}].id is missing"),
            r.DisplayName,
            r.Status ?? throw Bad($"relationships[{i}].status is missing"),
            Tenant(r.Customer?.TenantId, $"relationships[{i}].customer.tenantId"),
            r.Customer?.DisplayName,
            (r.Roles ?? throw Bad($"relationships[{i}].roles is missing")).Select((role, j) => (role ?? throw Bad($"relationships[{i}].roles[{j}] is null")).Trim().ToLowerInvariant()).ToArray(),
            r.EndDateTime,
            r.AutoExtendDuration)).ToArray();

        var contracts = Listed(document.Contracts, "contracts", DiscoverySource.Dap, sources).Select((c, i) => new DapContract(
            c.Id ?? throw Bad($"contracts[{i}].id is missing"),
            c.ContractType,
            Tenant(c.CustomerId, $"contracts[{i}].customerId"),
            c.DisplayName,
            c.DefaultDomainName)).ToArray();

        var tenants = Listed(document.Tenants, "tenants", DiscoverySource.TenantInfo, sources).Select((t, i) => new TenantLookup(
            Tenant(t.TenantId, $"tenants[{i}].tenantId"),
            SnapshotNames.ParseLookup(t.Status) ?? throw Bad($"tenants[{i}].status '{t.Status}' is not one of found, not-found, failed"),
            t.DisplayName,
            t.DefaultDomainName,
            t.Detail)).ToArray();

        return new DiscoverySnapshot(generatedAt, document.GraphUrl ?? string.Empty, sources, relationships, contracts, tenants);
    }

    /// <summary>
    /// A source's items. A source that answered has its list, and for gdap and dap as many items as it says: a list
    /// missing or cut short would read as relationships or contracts that do not exist (false findings), not as an error.
    /// </summary>
    private List<T> Listed<T>(List<T?>? items, string list, DiscoverySource source, List<SourceResult> sources)
        where T : class
    {
        var result = sources.Find(s => s.Name == source);
        bool answered = result is { Status: SourceStatus.Ok };
        if (items is null)
        {
            return answered ? throw Bad($"{list} is missing, although source '{source.ToName()}' is ok") : [];
        }

        if (result is null && items.Count > 0)
        {
            throw Bad($"{list} lists {items.Count} item(s), but source '{source.ToName()}' is not in sources");
        }

        if (answered && source != DiscoverySource.TenantInfo && items.Count != result!.Items)
        {
            throw Bad($"{list} lists {items.Count} item(s), but source '{source.ToName()}' says {result.Items}");
        }

        return items.Select((item, i) => item ?? throw Bad($"{list}[{i}] is null")).ToList();
    }

    private string Tenant(string? value, string where) =>
        Guid.TryParse(value, out var id) ? id.ToString("D") : throw Bad($"{where} '{value}' is not a tenant id (GUID)");

    private DiscoverySnapshotException Bad(string what) => new($"{displayPath}: not a valid saved discovery: {what}");
}
