using MsspTui.Core.Drift;
using MsspTui.Graph.Tests.FakeGraph;
using Xunit;
using static MsspTui.Graph.Tests.Discovery.DiscoveryHarness;

namespace MsspTui.Graph.Tests.Discovery;

/// <summary>
/// Tenant look-ups in $batch when Graph throttles, fails or answers something that is not a batch answer: only the
/// items that cannot be waited for fail at once, the others are retried, and nothing unread passes as "not found".
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
        Assert.Equal("HTTP 429 TooManyRequests: injected fault 429 (throttled) after 1 try, Retry-After 60s exceeds 3s", snapshot.Tenants[3].Detail);
        var source = snapshot.Source(DiscoverySource.TenantInfo);
        Assert.Equal(SourceStatus.Failed, source.Status);
        Assert.StartsWith("1 of 4 look-ups failed: HTTP 429", source.Detail);
        Assert.Equal([4, 2, 1], server.Requests.Where(r => r.Method == "POST").Select(b => b.BatchItems.Count));
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(2), "Retry-After: 1 of the items still retried was honoured twice");
    }

    [Fact]
    public async Task A_whole_batch_throttled_beyond_the_cap_fails_its_items_at_once()
    {
        server.AddTenant(Tenant(1), "One", "one.example");
        server.AddTenant(Tenant(2), "Two", "two.example");
        server.Faults.On("batch", FakeFault.Throttled(60));
        var started = DateTime.UtcNow;

        var snapshot = await DiscoverAsync(server, [Tenant(1), Tenant(2)]);

        Assert.All(snapshot.Tenants, t => Assert.Equal(TenantLookupStatus.Failed, t.Status));
        Assert.All(snapshot.Tenants, t => Assert.StartsWith("HTTP 429 (throttled) after 1 try", t.Detail));
        Assert.All(snapshot.Tenants, t => Assert.EndsWith("after 1 try, Retry-After 60s exceeds 3s", t.Detail));
        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.TenantInfo).Status);
        Assert.Single(server.Requests, r => r.Method == "POST");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_whole_batch_failure_with_a_retry_after_within_the_cap_is_retried_after_it()
    {
        server.AddTenant(Tenant(1), "One", "one.example");
        // The SDK itself retries only 429, 503 and 504: a 500 is retried here, in the next round.
        server.Faults.On("batch", FakeFault.ServerError(500, times: 1, retryAfterSeconds: 1));
        var started = DateTime.UtcNow;

        var snapshot = await DiscoverAsync(server, [Tenant(1)]);

        Assert.Equal(TenantLookupStatus.Found, snapshot.Tenants[0].Status);
        Assert.Equal(SourceStatus.Ok, snapshot.Source(DiscoverySource.TenantInfo).Status);
        Assert.Equal(2, server.Requests.Count(r => r.Method == "POST"));
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1), "the batch's Retry-After: 1 was honoured, not the 50 ms backoff");
    }

    [Fact]
    public async Task A_whole_batch_answer_that_is_not_json_is_retried_then_failed_as_unreadable()
    {
        server.AddTenant(Tenant(1), "One", "one.example");
        server.AddTenant(Tenant(2), "Two", "two.example");
        server.Faults.On("batch", FakeFault.Answer("<html><body>Gateway says hello</body></html>"));

        var snapshot = await DiscoverAsync(server, [Tenant(1), Tenant(2)]);

        Assert.All(snapshot.Tenants, t => Assert.Equal(TenantLookupStatus.Failed, t.Status));
        Assert.All(snapshot.Tenants, t => Assert.StartsWith("unreadable $batch answer: not JSON", t.Detail));
        Assert.All(snapshot.Tenants, t => Assert.EndsWith("after 4 tries", t.Detail));
        var source = snapshot.Source(DiscoverySource.TenantInfo);
        Assert.Equal(SourceStatus.Failed, source.Status);
        Assert.DoesNotContain("HTTP 0", source.Detail);
        Assert.Equal(4, server.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task A_whole_batch_answer_that_is_not_json_once_is_read_on_the_next_round()
    {
        server.AddTenant(Tenant(1), "One", "one.example");
        server.Faults.On("batch", FakeFault.Answer("<html>busy</html>", times: 1));

        var snapshot = await DiscoverAsync(server, [Tenant(1)]);

        Assert.Equal(TenantLookupStatus.Found, snapshot.Tenants[0].Status);
        Assert.Equal("One", snapshot.Tenants[0].DisplayName);
        Assert.Equal(2, server.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task Batch_items_whose_ids_are_numbers_are_retried_then_failed_as_unreadable()
    {
        server.AddTenant(Tenant(1), "One", "one.example");
        server.AddTenant(Tenant(2), "Two", "two.example");
        server.BatchIdsAsNumbers = true;

        var snapshot = await DiscoverAsync(server, [Tenant(1), Tenant(2)]);

        Assert.Equal([Tenant(1), Tenant(2)], snapshot.Tenants.Select(t => t.TenantId));
        Assert.All(snapshot.Tenants, t => Assert.Equal(TenantLookupStatus.Failed, t.Status));
        Assert.All(snapshot.Tenants, t => Assert.StartsWith("unreadable $batch answer:", t.Detail));
        Assert.All(snapshot.Tenants, t => Assert.EndsWith("after 4 tries", t.Detail));
        var source = snapshot.Source(DiscoverySource.TenantInfo);
        Assert.Equal(SourceStatus.Failed, source.Status);
        Assert.StartsWith("2 of 2 look-ups failed: unreadable $batch answer", source.Detail);
        Assert.Equal(4, server.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task A_batch_that_times_out_is_not_tried_again_nor_followed_by_more_batches()
    {
        var tenants = Enumerable.Range(1, 21).Select(Tenant).ToArray();
        server.Faults.On("batch", FakeFault.Slow(TimeSpan.FromSeconds(10)));
        var settings = FastSettings with { CallTimeout = TimeSpan.FromMilliseconds(500) };

        var snapshot = await DiscoverAsync(server, tenants, settings);

        Assert.All(snapshot.Tenants, t => Assert.Equal(TenantLookupStatus.Failed, t.Status));
        Assert.Equal("timed out: no answer within 0.5s", snapshot.Tenants[0].Detail);
        Assert.Equal("not asked: an earlier batch timed out: no answer within 0.5s", snapshot.Tenants[20].Detail);
        Assert.Equal(1, Count(server, "/$batch"));
    }

    [Fact]
    public async Task After_a_batch_that_timed_out_no_retry_round_follows()
    {
        var tenants = Enumerable.Range(1, 21).Select(Tenant).ToArray();
        foreach (var tenant in tenants)
        {
            server.AddTenant(tenant, "T", "t.example");
        }

        // The first batch answers, one of its items with a 500 (worth another round); the second gets no answer.
        server.Faults.OnTenant(Tenant(1), FakeFault.ServerError(500, times: 1));
        server.Faults.On("batch", FakeFault.Slow(TimeSpan.Zero, times: 1), FakeFault.Slow(TimeSpan.FromSeconds(10)));
        var settings = FastSettings with { CallTimeout = TimeSpan.FromMilliseconds(500) };

        var snapshot = await DiscoverAsync(server, tenants, settings);

        Assert.Equal(2, Count(server, "/$batch"));
        Assert.Equal(TenantLookupStatus.Failed, snapshot.Tenants[0].Status);
        Assert.Equal(TenantLookupStatus.Found, snapshot.Tenants[1].Status);
        Assert.Equal("timed out: no answer within 0.5s", snapshot.Tenants[20].Detail);
    }
}
