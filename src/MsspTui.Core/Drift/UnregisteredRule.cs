namespace MsspTui.Core.Drift;

/// <summary>
/// Tenants reachable through an active GDAP relationship or a DAP contract that have no registry entry.
/// Only sources that answered contribute (the lookups passed in are empty for the others).
/// </summary>
internal static class UnregisteredRule
{
    public static IReadOnlyList<DriftFinding> Evaluate(
        IReadOnlySet<string> registered,
        ILookup<string, GdapRelationship> relationships,
        ILookup<string, DapContract> contracts)
    {
        var reachable = new Dictionary<string, (string? Name, List<string> Evidence)>();
        foreach (var group in relationships)
        {
            foreach (var relationship in group.Where(r => r.StatusClass == GdapStatusClass.Active))
            {
                Entry(reachable, group.Key, relationship.CustomerDisplayName)
                    .Evidence.Add($"GDAP '{relationship.DisplayName ?? relationship.Id}' ({relationship.Status})");
            }
        }

        foreach (var group in contracts)
        {
            foreach (var contract in group)
            {
                Entry(reachable, group.Key, contract.DisplayName).Evidence.Add($"DAP contract {contract.Id}");
            }
        }

        return reachable
            .Where(t => !registered.Contains(t.Key))
            .OrderBy(t => t.Value.Name ?? "\uffff", StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new DriftFinding(
                DriftKind.Unregistered,
                null,
                t.Key,
                t.Value.Name,
                DriftSeverity.Warning,
                $"{(t.Value.Name is { } n ? $"'{n}'" : "tenant")} has no registry entry; reachable through {string.Join(", ", t.Value.Evidence)}",
                DriftValue.Of("a registry entry"),
                DriftValue.List(t.Value.Evidence)))
            .ToArray();
    }

    private static (string? Name, List<string> Evidence) Entry(
        Dictionary<string, (string? Name, List<string> Evidence)> reachable, string tenant, string? name)
    {
        if (!reachable.TryGetValue(tenant, out var entry))
        {
            entry = (name, []);
            reachable[tenant] = entry;
        }
        else if (entry.Name is null && name is not null)
        {
            entry = (name, entry.Evidence);
            reachable[tenant] = entry;
        }

        return entry;
    }
}
