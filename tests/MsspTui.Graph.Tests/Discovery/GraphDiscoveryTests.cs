using MsspTui.Core.Drift;
using MsspTui.Graph.Auth;
using MsspTui.Graph.Discovery;
using MsspTui.Graph.Tests.FakeGraph;
using Xunit;
using static MsspTui.Graph.Tests.Discovery.DiscoveryHarness;

namespace MsspTui.Graph.Tests.Discovery;

public sealed class GraphDiscoveryTests : IAsyncLifetime
{
    private const string SecurityReader = "5d6b6bb7-de71-4623-b4af-96380a352509";
    private FakeGraphServer server = null!;

    public async Task InitializeAsync() => server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Follows_every_page_of_hundreds_of_relationships_and_sends_the_token_on_every_request()
    {
        for (var i = 0; i < 750; i++)
        {
            server.AddRelationship(Tenant(i), $"Customer {i}", i % 3 == 0 ? "expiring" : "active", [SecurityReader],
                autoExtend: i % 2 == 0 ? "P180D" : "PT0S");
        }

        for (var i = 0; i < 120; i++)
        {
            server.AddContract(Tenant(1000 + i), $"Dap {i}", $"dap{i}.example");
        }

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(750, snapshot.Relationships.Count);
        Assert.Equal(750, snapshot.Relationships.Select(r => r.CustomerTenantId).Distinct().Count());
        Assert.Equal(120, snapshot.Contracts.Count);
        Assert.All(snapshot.Sources, s => Assert.Equal(SourceStatus.Ok, s.Status));
        Assert.Equal(750, snapshot.Source(DiscoverySource.Gdap).Items);
        var first = snapshot.Relationships[0];
        Assert.Equal("expiring", first.Status);
        Assert.Equal([SecurityReader], first.Roles);
        Assert.Equal("P180D", first.AutoExtendDuration);
        Assert.Equal("PT0S", snapshot.Relationships[1].AutoExtendDuration);
        Assert.Equal(new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero), first.EndDateTime);
        Assert.Equal("Customer 0", first.CustomerDisplayName);

        Assert.Equal(8, Count(server, "/tenantRelationships/delegatedAdminRelationships"));
        Assert.Equal(2, Count(server, "/contracts"));
        Assert.Contains("$top=300", server.Requests.First(r => r.PathAndQuery.Contains("delegatedAdminRelationships")).PathAndQuery);
        Assert.All(server.Requests, r => Assert.Equal($"Bearer {FakeGraphServer.Token}", r.Authorization));
    }

    [Fact]
    public async Task Looks_tenants_up_in_batches_of_at_most_twenty_at_the_request_floor()
    {
        var tenants = Enumerable.Range(0, 45).Select(Tenant).ToArray();
        foreach (var tenant in tenants.Take(44))
        {
            server.AddTenant(tenant, $"Name {tenant[^2..]}", $"t{tenant[^2..]}.example");
        }

        server.AddRelationship(Tenant(0), "Name 00", roles: [SecurityReader]);

        var snapshot = await DiscoverAsync(server, tenants);

        Assert.Equal(45, snapshot.Tenants.Count);
        Assert.Equal(44, snapshot.Tenants.Count(t => t.Status == TenantLookupStatus.Found));
        var unknown = Assert.Single(snapshot.Tenants, t => t.Status == TenantLookupStatus.NotFound);
        Assert.Equal(Tenant(44), unknown.TenantId);
        Assert.Equal("Name 07", snapshot.Tenants.Single(t => t.TenantId == Tenant(7)).DisplayName);
        Assert.Equal("t07.example", snapshot.Tenants.Single(t => t.TenantId == Tenant(7)).DefaultDomainName);
        Assert.Equal(SourceStatus.Ok, snapshot.Source(DiscoverySource.TenantInfo).Status);

        var batches = server.Requests.Where(r => r.Method == "POST").ToArray();
        Assert.Equal([20, 20, 5], batches.Select(b => b.BatchItems.Count));
        Assert.All(batches.SelectMany(b => b.BatchItems), url => Assert.StartsWith("/tenantRelationships/findTenantInformationByTenantId(tenantId=", url));
        // The floor: 1 gdap page + 1 dap page + ceil(45 / 20) batches.
        Assert.Equal(1 + 1 + 3, server.Requests.Count);
    }

    [Fact]
    public async Task Throttled_batch_items_are_retried_after_retry_after_and_complete()
    {
        var tenants = Enumerable.Range(0, 25).Select(Tenant).ToArray();
        foreach (var tenant in tenants)
        {
            server.AddTenant(tenant, "T", "t.example");
        }

        server.Faults.OnTenant(Tenant(3), FakeFault.Throttled(1, times: 1));
        server.Faults.OnTenant(Tenant(21), FakeFault.Throttled(1, times: 2));
        var started = DateTime.UtcNow;

        var snapshot = await DiscoverAsync(server, tenants);

        Assert.All(snapshot.Tenants, t => Assert.Equal(TenantLookupStatus.Found, t.Status));
        Assert.Equal(SourceStatus.Ok, snapshot.Source(DiscoverySource.TenantInfo).Status);
        var batches = server.Requests.Where(r => r.Method == "POST").Select(b => b.BatchItems.Count).ToArray();
        Assert.Equal([20, 5, 2, 1], batches);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(2), "Retry-After: 1 was honoured in each of the two retry rounds");
    }

    [Fact]
    public async Task A_host_that_refuses_connections_fails_every_source_without_retrying()
    {
        // A port nothing listens on: bound, then released.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var root = new Uri($"http://127.0.0.1:{port}/v1.0");
        var settings = DiscoveryHarness.FastSettings with { RetryDelay = TimeSpan.FromSeconds(30) };
        var client = GraphClientBuilder.Create(root.ToString(), new StaticAccessTokenProvider(FakeGraphServer.Token, root.Host), settings.MaxRetryAfter);
        var discovery = new GraphDiscovery(client, root, settings, TimeProvider.System);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(25));

        var snapshot = await discovery.DiscoverAsync([Tenant(1), Tenant(2)], new HashSet<DiscoverySource>(DiscoverySourceNames.All), limit.Token);

        Assert.All(snapshot.Tenants, t => Assert.Equal(TenantLookupStatus.Failed, t.Status));
        Assert.All(snapshot.Tenants, t => Assert.DoesNotContain("tries", t.Detail));
        Assert.Contains("cannot reach Microsoft Graph", snapshot.Source(DiscoverySource.TenantInfo).Detail);
    }

    [Fact]
    public async Task A_host_name_that_does_not_resolve_fails_every_source_without_retrying()
    {
        // ".invalid" never resolves (RFC 2606): no look-up is worth a second try, nor the wait before it.
        var root = new Uri("https://mssp-tui-test.invalid/v1.0");
        var settings = DiscoveryHarness.FastSettings with { RetryDelay = TimeSpan.FromSeconds(30) };
        var client = GraphClientBuilder.Create(root.ToString(), new StaticAccessTokenProvider(FakeGraphServer.Token, root.Host), settings.MaxRetryAfter);
        var discovery = new GraphDiscovery(client, root, settings, TimeProvider.System);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(25));

        var snapshot = await discovery.DiscoverAsync([Tenant(1), Tenant(2)], new HashSet<DiscoverySource>(DiscoverySourceNames.All), limit.Token);

        Assert.All(snapshot.Tenants, t => Assert.Equal(TenantLookupStatus.Failed, t.Status));
        Assert.All(snapshot.Tenants, t => Assert.DoesNotContain("tries", t.Detail));
        Assert.All(DiscoverySourceNames.All, s => Assert.Equal(SourceStatus.Failed, snapshot.Source(s).Status));
        Assert.Contains("cannot reach Microsoft Graph", snapshot.Source(DiscoverySource.TenantInfo).Detail);
    }

    [Fact]
    public async Task Items_still_failing_after_every_try_are_marked_failed_with_the_reason()
    {
        server.AddTenant(Tenant(1), "One", "one.example");
        server.AddTenant(Tenant(2), "Two", "two.example");
        server.Faults.OnTenant(Tenant(2), FakeFault.ServerError(503));

        var snapshot = await DiscoverAsync(server, [Tenant(1), Tenant(2)]);

        var failed = Assert.Single(snapshot.Tenants, t => t.Status == TenantLookupStatus.Failed);
        Assert.Equal(Tenant(2), failed.TenantId);
        Assert.Equal("HTTP 503 ServiceUnavailable: injected fault 503 after 4 tries", failed.Detail);
        var source = snapshot.Source(DiscoverySource.TenantInfo);
        Assert.Equal(SourceStatus.Failed, source.Status);
        Assert.StartsWith("1 of 2 look-ups failed: HTTP 503", source.Detail);
        Assert.Equal(1, source.Items);
        Assert.Equal(4, server.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_cap_fails_the_item_instead_of_waiting()
    {
        server.AddTenant(Tenant(1), "One", "one.example");
        server.Faults.OnTenant(Tenant(1), FakeFault.Throttled(3600));
        var started = DateTime.UtcNow;

        var snapshot = await DiscoverAsync(server, [Tenant(1)]);

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(3));
        Assert.Contains("Retry-After 3600s exceeds 3s", snapshot.Tenants[0].Detail);
        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.TenantInfo).Status);
    }

    [Fact]
    public async Task Forbidden_items_make_the_tenant_info_source_forbidden()
    {
        server.Faults.OnTenant(Tenant(1), FakeFault.Forbidden());
        server.Faults.OnTenant(Tenant(2), FakeFault.Forbidden());

        var snapshot = await DiscoverAsync(server, [Tenant(1), Tenant(2)]);

        Assert.Equal(SourceStatus.Forbidden, snapshot.Source(DiscoverySource.TenantInfo).Status);
        Assert.Contains("CrossTenantInformation.ReadBasic.All", snapshot.Source(DiscoverySource.TenantInfo).Detail);
        Assert.Single(server.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task Malformed_item_body_is_retried_then_failed()
    {
        server.AddTenant(Tenant(1), "One", "one.example");
        server.Faults.OnTenant(Tenant(1), FakeFault.BadJson());

        var snapshot = await DiscoverAsync(server, [Tenant(1)]);

        Assert.Equal(TenantLookupStatus.Failed, snapshot.Tenants[0].Status);
        Assert.Contains("unreadable answer", snapshot.Tenants[0].Detail);
    }

    [Fact]
    public async Task A_whole_batch_throttled_is_retried_by_the_sdk()
    {
        server.AddTenant(Tenant(1), "One", "one.example");
        server.Faults.On("batch", FakeFault.Throttled(1, times: 1));

        var snapshot = await DiscoverAsync(server, [Tenant(1)]);

        Assert.Equal(TenantLookupStatus.Found, snapshot.Tenants[0].Status);
        Assert.Equal(2, server.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task Forbidden_gdap_is_reported_with_the_permission_it_needs_and_other_sources_go_on()
    {
        server.Faults.On("relationships", FakeFault.Forbidden());
        server.AddContract(Tenant(5), "Dap", "dap.example");

        var snapshot = await DiscoverAsync(server, []);

        var gdap = snapshot.Source(DiscoverySource.Gdap);
        Assert.Equal(SourceStatus.Forbidden, gdap.Status);
        Assert.Equal("HTTP 403 Authorization_RequestDenied: injected fault 403 (needs DelegatedAdminRelationship.Read.All)", gdap.Detail);
        Assert.Equal(SourceStatus.Ok, snapshot.Source(DiscoverySource.Dap).Status);
        Assert.Single(snapshot.Contracts);
    }

    [Fact]
    public async Task Throttled_pages_are_retried_by_the_sdk_honouring_retry_after()
    {
        for (var i = 0; i < 150; i++)
        {
            server.AddRelationship(Tenant(i), $"C{i}");
        }

        server.Faults.On("relationships", FakeFault.Throttled(1, times: 2));

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(150, snapshot.Relationships.Count);
        Assert.Equal(SourceStatus.Ok, snapshot.Source(DiscoverySource.Gdap).Status);
        Assert.Equal(2 + 2, Count(server, "/tenantRelationships/delegatedAdminRelationships"));
    }

    [Fact]
    public async Task Persistent_server_errors_fail_the_source_after_the_sdk_retries()
    {
        server.Faults.On("contracts", FakeFault.ServerError(503));

        var snapshot = await DiscoverAsync(server, []);

        var dap = snapshot.Source(DiscoverySource.Dap);
        Assert.Equal(SourceStatus.Failed, dap.Status);
        Assert.True(dap.Detail!.StartsWith("HTTP 503"), dap.Detail);
        Assert.Equal(4, Count(server, "/contracts"));
    }

    [Fact]
    public async Task Plain_500_is_not_retried_and_fails_the_source()
    {
        server.Faults.On("contracts", FakeFault.ServerError(500));

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.Dap).Status);
        Assert.Equal(1, Count(server, "/contracts"));
    }

    [Fact]
    public async Task Slow_answers_time_out_and_fail_only_that_source()
    {
        server.Faults.On("relationships", FakeFault.Slow(TimeSpan.FromSeconds(10)));
        var settings = FastSettings with { CallTimeout = TimeSpan.FromMilliseconds(500) };

        var snapshot = await DiscoverAsync(server, [], settings);

        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.Gdap).Status);
        Assert.Equal("timed out: no answer within 0.5s", snapshot.Source(DiscoverySource.Gdap).Detail);
        Assert.Equal(SourceStatus.Ok, snapshot.Source(DiscoverySource.Dap).Status);
    }

    [Fact]
    public async Task Malformed_json_fails_the_source_with_a_reason()
    {
        server.Faults.On("relationships", FakeFault.BadJson());

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.Gdap).Status);
        Assert.Contains("unreadable answer", snapshot.Source(DiscoverySource.Gdap).Detail);
    }

    [Fact]
    public async Task A_rejected_token_is_reported_as_401_with_what_to_do()
    {
        var snapshot = await DiscoverAsync(server, [Tenant(1)], token: "wrong");

        Assert.All(snapshot.Sources, s => Assert.NotEqual(SourceStatus.Ok, s.Status));
        Assert.Contains("HTTP 401", snapshot.Source(DiscoverySource.Gdap).Detail);
        Assert.Contains("mssp-tui login", snapshot.Source(DiscoverySource.Gdap).Detail);
    }

    [Fact]
    public async Task Ctrl_c_cancels_cleanly()
    {
        server.Faults.On("relationships", FakeFault.Slow(TimeSpan.FromSeconds(20)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var started = DateTime.UtcNow;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DiscoverAsync(server, [], cancellationToken: cancel.Token));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Only_requested_sources_are_queried()
    {
        var snapshot = await DiscoverAsync(server, [Tenant(1)], sources: new HashSet<DiscoverySource> { DiscoverySource.Dap });

        Assert.Equal(["skipped", "ok", "skipped"], snapshot.Sources.Select(s => SnapshotNames.Status(s.Status)));
        Assert.Equal(["/v1.0/contracts"], server.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task A_next_link_to_another_host_is_refused_and_never_gets_the_token()
    {
        for (var i = 0; i < 150; i++)
        {
            server.AddRelationship(Tenant(i), $"C{i}");
        }

        server.NextLinkBaseOverride = "https://evil.example/v1.0";

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.Gdap).Status);
        Assert.Contains("refusing to follow a next link away from 127.0.0.1", snapshot.Source(DiscoverySource.Gdap).Detail);
    }
}
