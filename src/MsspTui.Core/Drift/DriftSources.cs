namespace MsspTui.Core.Drift;

/// <summary>
/// The outcome of each source as the report states it: skipped when not requested; failed when requested but absent
/// from the discovery, or when the tenant-info look-ups of some registered customers failed or are missing.
/// </summary>
internal sealed class DriftSources
{
    private readonly Dictionary<DiscoverySource, SourceResult> results = [];

    public DriftSources(DiscoverySnapshot snapshot, DriftOptions options, IReadOnlyCollection<string> registeredTenants,
        IReadOnlyDictionary<string, TenantLookup> lookups)
    {
        foreach (var name in DiscoverySourceNames.All)
        {
            var result = !options.Sources.Contains(name)
                ? SourceResult.Skipped(name)
                : snapshot.Source(name) is { Status: SourceStatus.Skipped } absent
                    ? absent with { Status = SourceStatus.Failed, Detail = "not in the saved discovery (it was discovered without this source)" }
                    : snapshot.Source(name);
            if (name == DiscoverySource.TenantInfo && result.Status == SourceStatus.Ok)
            {
                result = CheckLookups(result, registeredTenants, lookups);
            }

            results[name] = result;
        }
    }

    public IReadOnlyList<SourceResult> All => DiscoverySourceNames.All.Select(n => results[n]).ToArray();

    public bool Complete => results.Values.All(r => r.Status is SourceStatus.Ok or SourceStatus.Skipped);

    /// <summary>True when the source answered in full. Tenant-info is judged per customer: see its look-up.</summary>
    public bool Answered(DiscoverySource name) => results[name].Status == SourceStatus.Ok;

    public bool Requested(DiscoverySource name) => results[name].Status != SourceStatus.Skipped;

    public bool Failed(DiscoverySource name) => results[name].Status is SourceStatus.Failed or SourceStatus.Forbidden;

    public SourceResult this[DiscoverySource name] => results[name];

    private static SourceResult CheckLookups(SourceResult result, IReadOnlyCollection<string> registeredTenants,
        IReadOnlyDictionary<string, TenantLookup> lookups)
    {
        var failed = registeredTenants.Count(t => !lookups.TryGetValue(t, out var l) || l.Status == TenantLookupStatus.Failed);
        var absent = registeredTenants.Count(t => !lookups.ContainsKey(t));
        if (failed == 0)
        {
            return result;
        }

        var detail = absent > 0
            ? $"{absent} of {registeredTenants.Count} registered customers have no look-up in the discovery (discovered before they were registered?)"
            : $"{failed} of {registeredTenants.Count} look-ups failed";
        return result with { Status = SourceStatus.Failed, Detail = detail };
    }
}
