using MsspTui.Core.Drift;
using MsspTui.Graph.Tests.FakeGraph;
using Xunit;
using static MsspTui.Graph.Tests.Discovery.DiscoveryHarness;

namespace MsspTui.Graph.Tests.Discovery;

/// <summary>
/// Tenant look-ups in $batch when Graph throttles or fails: only the items that cannot be waited for fail at once, the
/// others are retried.
/// FastSettings: MaxRetryAfter 3 s, 4 tries, 50 ms backoff.
/// </summary>
public sealed class TenantInfoRetryTests : IAsyncLifetime
{
    private FakeGraphServer server = null!;

    public async Task InitializeAsync() => server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task An_item_whose_retry_after_exceeds_the_cap_fails_alone_and_the_others_of_its_round_are_retried()
    {
        var tenants = Enumerable.Range(1, 4).Select(Tenant).ToArray();
        foreach (var tenant in tenants)
        {
            server.AddTenant(tenant, "T", "t.example");
        }

        server.Faults.OnTenant(Tenant(2), FakeFault.Throttled(1, times: 2));
        server.Faults.OnTenant(Tenant(3), FakeFault.ServerError(500, times: 1));
        server.Faults.OnTenant(Tenant(4), FakeFault.Throttled(60));
        var started = DateTime.UtcNow;

        var snapshot = await DiscoverAsync(server, tenants);

        Assert.Equal([TenantLookupStatus.Found, TenantLookupStatus.Found, TenantLookupStatus.Found, TenantLookupStatus.Failed],
            snapshot.Tenants.Select(t => t.Status));
        Assert.EndsWith("after 1 try, Retry-After 60s exceeds 3s", snapshot.Tenants[3].Detail);
        var source = snapshot.Source(DiscoverySource.TenantInfo);
        Assert.Equal(SourceStatus.Failed, source.Status);
        Assert.StartsWith("1 of 4 look-ups failed: HTTP 429", source.Detail);
        Assert.Equal([4, 2, 1], server.Requests.Where(r => r.Method == "POST").Select(b => b.BatchItems.Count));
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(2), "Retry-After: 1 of the items still retried was honoured twice");
    }
}
