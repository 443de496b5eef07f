using Microsoft.Graph;
using MsspTui.Core.Drift;

namespace MsspTui.Graph.Discovery;

/// <summary>
/// Asks Microsoft Graph what the MSSP can reach and returns it as a <see cref="DiscoverySnapshot"/>. Each source
/// is independent: one failing (403, throttled, 5xx, time-out, bad JSON) is recorded with its reason and the others
/// go on. Only Ctrl+C (the token) stops discovery, as an <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class GraphDiscovery(GraphServiceClient client, Uri graphRoot, DiscoverySettings settings, TimeProvider time)
{
    public async Task<DiscoverySnapshot> DiscoverAsync(IReadOnlyCollection<string> tenantIds, IReadOnlySet<DiscoverySource> sources,
        CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var gdap = Run(sources, DiscoverySource.Gdap, GdapReader.Permission,
            ct => new GdapReader(client, graphRoot, settings).ReadAsync(ct), cancellationToken);
        var dap = Run(sources, DiscoverySource.Dap, DapReader.Permission,
            ct => new DapReader(client, graphRoot, settings).ReadAsync(ct), cancellationToken);
        var tenants = Run(sources, DiscoverySource.TenantInfo, TenantInfoReader.Permission,
            ct => new TenantInfoReader(client, settings, time).ReadAsync(tenantIds, ct), cancellationToken);
        await Task.WhenAll(gdap, dap, tenants).ConfigureAwait(false);

        var (gdapResult, relationships) = await gdap.ConfigureAwait(false);
        var (dapResult, contracts) = await dap.ConfigureAwait(false);
        var (tenantResult, lookups) = await tenants.ConfigureAwait(false);
        return new DiscoverySnapshot(
            startedAt,
            graphRoot.ToString().TrimEnd('/'),
            [gdapResult, dapResult, TenantInfoStatus(tenantResult, lookups)],
            relationships,
            contracts,
            lookups);
    }

    private static async Task<(SourceResult Result, IReadOnlyList<T> Items)> Run<T>(IReadOnlySet<DiscoverySource> sources,
        DiscoverySource name, string permission, Func<CancellationToken, Task<IReadOnlyList<T>>> read, CancellationToken cancellationToken)
    {
        if (!sources.Contains(name))
        {
            return (SourceResult.Skipped(name), []);
        }

        try
        {
            var items = await read(cancellationToken).ConfigureAwait(false);
            return (new SourceResult(name, SourceStatus.Ok, null, items.Count), items);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var (status, detail) = SourceFailure.Describe(e, permission);
            return (new SourceResult(name, status, detail, 0), []);
        }
    }

    /// <summary>Tenant-info is ok only if every look-up answered; all forbidden is "forbidden"; else "failed" with a count.</summary>
    private static SourceResult TenantInfoStatus(SourceResult result, IReadOnlyList<TenantLookup> lookups)
    {
        if (result.Status != SourceStatus.Ok)
        {
            return result;
        }

        var answered = lookups.Count(l => l.Status != TenantLookupStatus.Failed);
        var failed = lookups.Where(l => l.Status == TenantLookupStatus.Failed).ToArray();
        if (failed.Length == 0)
        {
            return result with { Items = answered };
        }

        var status = answered == 0 && failed.All(f => f.Detail?.StartsWith("HTTP 403", StringComparison.Ordinal) == true)
            ? SourceStatus.Forbidden
            : SourceStatus.Failed;
        var reasons = string.Join("; ", failed.Select(f => f.Detail).Distinct().Take(3));
        return new SourceResult(DiscoverySource.TenantInfo, status, $"{failed.Length} of {lookups.Count} look-ups failed: {reasons}", answered);
    }
}
