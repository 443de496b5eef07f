using MsspTui.Core.Registry;
using MsspTui.Core.Roles;

namespace MsspTui.Core.Drift;

/// <summary>
/// The drift rules of the brief: a pure function from (registry, discovery, now, options) to a report.
/// One finding per (customer or tenant, kind). A finding is only made from sources that answered: a failed source
/// gives <see cref="DriftKind.Unknown"/> (gdap, tenant-info) or leaves DAP findings undecided (dap), never a false
/// missing or mismatch. docs/drift.md explains every rule and severity.
/// </summary>
public static class DriftAnalyzer
{
    public static DriftReport Analyze(CustomerRegistry registry, DiscoverySnapshot snapshot, DateTimeOffset now, DriftOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.ExpiringWithinDays);
        // Every report prints both sides' text: neither Graph's nor the registry's may act on a terminal.
        snapshot = VisibleDiscovery.Of(snapshot);
        registry = VisibleRegistry.Of(registry);

        var lookups = snapshot.Tenants
            .GroupBy(t => TenantIds.Normalize(t.TenantId))
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.Status == TenantLookupStatus.Failed).First());
        var registered = registry.Customers.Select(c => TenantIds.Normalize(c.TenantId)).ToHashSet();
        var sources = new DriftSources(snapshot, options, registered, lookups);
        var relationships = sources.Answered(DiscoverySource.Gdap)
            ? snapshot.Relationships.ToLookup(r => TenantIds.Normalize(r.CustomerTenantId))
            : Array.Empty<GdapRelationship>().ToLookup(r => r.CustomerTenantId);
        var contracts = sources.Answered(DiscoverySource.Dap)
            ? snapshot.Contracts.ToLookup(c => TenantIds.Normalize(c.CustomerTenantId))
            : Array.Empty<DapContract>().ToLookup(c => c.CustomerTenantId);

        var findings = new List<DriftFinding>();
        var inSync = 0;
        var undecided = 0;
        foreach (var customer in registry.Customers)
        {
            var tenant = TenantIds.Normalize(customer.TenantId);
            var context = new CustomerDriftContext(
                customer,
                tenant,
                registry.Defaults,
                sources,
                relationships[tenant].ToArray(),
                contracts[tenant].ToArray(),
                sources.Requested(DiscoverySource.TenantInfo) ? lookups.GetValueOrDefault(tenant) : null,
                now,
                options.ExpiringWithinDays);
            var customerFindings = CustomerDriftRules.Evaluate(context);
            findings.AddRange(customerFindings);
            inSync += customerFindings.Count == 0 ? 1 : 0;
            undecided += customerFindings.Any(f => f.Kind == DriftKind.Unknown) ? 1 : 0;
        }

        var unregistered = UnregisteredRule.Evaluate(registered, relationships, contracts);
        findings.AddRange(unregistered);

        var discovered = relationships
            .Where(g => g.Any(r => r.StatusClass == GdapStatusClass.Active)).Select(g => g.Key)
            .Concat(contracts.Select(g => g.Key))
            .Distinct()
            .Count();
        var summary = new DriftSummary(registry.Customers.Count, discovered, inSync, findings.Count, registry.Customers.Count - undecided);
        return new DriftReport(now, registry.SourcePath, sources.Complete, sources.All, summary, findings, options.ExpiringWithinDays);
    }
}
