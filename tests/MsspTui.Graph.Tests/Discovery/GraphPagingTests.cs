using MsspTui.Core.Drift;
using MsspTui.Graph.Tests.FakeGraph;
using Xunit;
using static MsspTui.Graph.Tests.Discovery.DiscoveryHarness;

namespace MsspTui.Graph.Tests.Discovery;

/// <summary>
/// Pages that answer 200 but are not pages, paging that never ends, items without what every item has: each fails its
/// source (read as "nothing there", it became false `missing` findings or a false "in sync").
/// </summary>
public sealed class GraphPagingTests : IAsyncLifetime
{
    private FakeGraphServer server = null!;

    public async Task InitializeAsync() => server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    public static TheoryData<int, string> NotAPage => new()
    {
        { 200, "" },
        { 204, "" },
        { 200, "null" },
        { 200, "{}" },
        { 200, "[]" },
        { 200, "\"ok\"" },
        { 200, "{\"value\":null}" },
        { 200, "{\"valu\":[]}" },
        { 200, "{\"error\":{\"code\":\"Oops\",\"message\":\"not really ok\"}}" },
        { 200, "{\"value\":[null]}" },
    };

    [Theory]
    [MemberData(nameof(NotAPage))]
    public async Task A_relationship_page_that_is_not_a_page_fails_the_source(int status, string body)
    {
        server.AddRelationship(Tenant(1), "Alpha");
        server.Faults.On("relationships", FakeFault.Answer(body, status));

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.Gdap).Status);
        Assert.Contains("unreadable answer", snapshot.Source(DiscoverySource.Gdap).Detail);
    }

    [Theory]
    [MemberData(nameof(NotAPage))]
    public async Task A_contract_page_that_is_not_a_page_fails_the_source(int status, string body)
    {
        server.AddContract(Tenant(2), "Bravo", "bravo.example");
        server.Faults.On("contracts", FakeFault.Answer(body, status));

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.Dap).Status);
        Assert.Contains("unreadable answer", snapshot.Source(DiscoverySource.Dap).Detail);
    }

    [Fact]
    public async Task An_empty_answer_in_the_middle_of_paging_fails_the_source_instead_of_ending_it()
    {
        for (int i = 0; i < 3; i++)
        {
            server.AddRelationship(Tenant(i), $"C{i}");
        }

        server.MaxPageSize = 1;
        server.Faults.On("relationships", FakeFault.Slow(TimeSpan.Zero, times: 1), FakeFault.Answer(""));

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.Gdap).Status);
        Assert.Contains("page 2", snapshot.Source(DiscoverySource.Gdap).Detail);
        Assert.Empty(snapshot.Relationships);
    }

    [Fact]
    public async Task A_next_link_back_to_an_earlier_page_ends_the_paging_as_a_failure()
    {
        server.AddRelationship(Tenant(1), "Alpha");
        server.AddRelationship(Tenant(2), "Bravo");
        server.MaxPageSize = 1;
        server.NextLinkLoops = true;

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.Gdap).Status);
        Assert.Contains("does not end", snapshot.Source(DiscoverySource.Gdap).Detail);
        Assert.Equal(2, Count(server, "/tenantRelationships"));
    }

    [Fact]
    public async Task An_active_relationship_without_its_customer_fails_the_source()
    {
        server.AddRelationship(Tenant(1), "Alpha");
        server.Relationships[^1].Remove("customer");

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.Gdap).Status);
        Assert.Contains("without its customer's tenant id", snapshot.Source(DiscoverySource.Gdap).Detail);
    }

    [Fact]
    public async Task A_relationship_not_yet_approved_may_have_no_customer_and_is_left_out()
    {
        server.AddRelationship(Tenant(1), "Alpha");
        server.AddRelationship(Tenant(2), "Invitation", status: "approvalPending");
        server.Relationships[^1].Remove("customer");

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(SourceStatus.Ok, snapshot.Source(DiscoverySource.Gdap).Status);
        Assert.Equal([Tenant(1)], snapshot.Relationships.Select(r => r.CustomerTenantId));
    }

    [Fact]
    public async Task A_customer_named_by_something_other_than_a_tenant_id_fails_the_source()
    {
        server.AddRelationship("not-a-guid\u001b[2J", "Weird");

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.Gdap).Status);
        Assert.Contains("not a tenant id", snapshot.Source(DiscoverySource.Gdap).Detail);
    }

    [Fact]
    public async Task A_contract_without_its_customer_fails_the_source()
    {
        server.AddContract(Tenant(2), "Bravo", "bravo.example");
        server.Contracts[^1].Remove("customerId");

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal(SourceStatus.Failed, snapshot.Source(DiscoverySource.Dap).Status);
        Assert.Contains("without its customer's tenant id", snapshot.Source(DiscoverySource.Dap).Detail);
    }

    [Fact]
    public async Task A_value_of_the_wrong_kind_is_named_by_its_kind_not_by_a_dotnet_type()
    {
        server.AddContract(Tenant(2), "Bravo", "bravo.example");
        server.Contracts[^1]["customerId"] = "not-a-guid";

        var snapshot = await DiscoverAsync(server, []);

        Assert.Equal("unreadable answer: a value that should be a GUID is not", snapshot.Source(DiscoverySource.Dap).Detail);
    }
}
