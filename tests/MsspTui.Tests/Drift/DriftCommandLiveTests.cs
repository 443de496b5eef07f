using System.Text.Json;
using MsspTui.Graph.Tests.FakeGraph;
using Xunit;

namespace MsspTui.Tests.Drift;

/// <summary>drift and discover against the fake Graph server, with MSSP_TUI_GRAPH_TOKEN and --graph-url (no MSAL).</summary>
public sealed class DriftCommandLiveTests : IAsyncLifetime, IDisposable
{
    private const string SecurityReader = "5d6b6bb7-de71-4623-b4af-96380a352509";
    private const string SecurityOperator = "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f";
    private const string GlobalAdministrator = "62e90394-69f5-4237-9190-012177145e10";
    private const string Healthy = "aaaaaaaa-0000-4000-8000-000000000001";
    private const string Missing = "aaaaaaaa-0000-4000-8000-000000000002";
    private const string Pending = "aaaaaaaa-0000-4000-8000-000000000003";
    private const string Ghost = "aaaaaaaa-0000-4000-8000-000000000004";
    private const string Gone = "aaaaaaaa-0000-4000-8000-000000000005";
    private const string Stranger = "bbbbbbbb-0000-4000-8000-000000000009";

    private readonly TempRegistry registry = TempRegistry.WithCustomers($"""
          - id: healthy
            name: Healthy Co
            tenantId: {Healthy.ToUpperInvariant()}
            domain: healthy.example
          - id: missing
            name: Missing Co
            tenantId: {Missing}
          - id: pending
            name: Pending Co
            tenantId: {Pending}
          - id: ghost
            name: Ghost Co
            tenantId: {Ghost}
          - id: gone
            name: Gone Co
            tenantId: {Gone}
            status: offboarded
        """ + "\ndefaults:\n  expectedRoles: [security-reader, security-operator]\n");

    private readonly DriftCli cli = new();
    private FakeGraphServer server = null!;

    public async Task InitializeAsync()
    {
        server = await FakeGraphServer.StartAsync();
        server.AddRelationship(Healthy, "Healthy Co", roles: [SecurityReader, SecurityOperator]);
        server.AddRelationship(Pending, "Pending Co", "approvalPending", [SecurityReader]);
        server.AddRelationship(Gone, "Gone Co", roles: [GlobalAdministrator]);
        server.AddRelationship(Stranger, "Stranger Ltd", roles: [SecurityReader]);
        server.AddTenant(Healthy, "Healthy Co", "healthy.example");
        server.AddTenant(Missing, "Missing Co", "missing.example");
        server.AddTenant(Pending, "Pending Co", "pending.example");
        server.AddTenant(Gone, "Gone Co", "gone.example");
        cli.Environment["MSSP_TUI_GRAPH_TOKEN"] = FakeGraphServer.Token;
        cli.Environment["MSSP_TUI_GRAPH_URL"] = server.BaseUrl.ToString();
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => registry.Dispose();

    private string[] Kinds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("kind").GetString()}:{f.GetProperty("customerId").GetString() ?? f.GetProperty("tenantId").GetString()}")
            .ToArray();
    }

    [Fact]
    public async Task Live_drift_reports_exactly_the_rules_findings_and_exits_2_sending_the_token_every_time()
    {
        Assert.Equal(2, await cli.RunAsync("drift", "--registry", registry.Path, "--format", "json"));

        Assert.Equal(["missing:missing", "role-missing:missing", "gdap-pending:pending", "role-missing:pending", "tenant-not-found:ghost", "offboarded-access:gone", $"unregistered:{Stranger}"], Kinds(cli.Out));
        Assert.All(server.Requests, r => Assert.Equal($"Bearer {FakeGraphServer.Token}", r.Authorization));
        Assert.Equal(3, server.Requests.Count);
        Assert.DoesNotContain(FakeGraphServer.Token, cli.Out + cli.Error);
        Assert.True(File.Exists(Path.Combine(cli.Platform.StateDirectory, "discovery-11111111-2222-4333-8444-555555555555.json")), "the latest discovery is saved for the picker");
    }

    [Fact]
    public async Task With_throttling_it_still_completes()
    {
        server.Faults.OnTenant(Missing, FakeFault.Throttled(1, times: 1));
        server.Faults.On("relationships", FakeFault.Throttled(1, times: 1));

        Assert.Equal(2, await cli.RunAsync("drift", "--registry", registry.Path, "--format", "json"));

        Assert.Contains("\"complete\": true", cli.Out);
        Assert.Equal(7, Kinds(cli.Out).Length);
    }

    [Fact]
    public async Task A_forbidden_source_gives_unknown_never_missing_and_exit_1()
    {
        server.Faults.On("relationships", FakeFault.Forbidden());

        Assert.Equal(1, await cli.RunAsync("drift", "--registry", registry.Path, "--format", "json"));

        Assert.Equal(["unknown:healthy", "unknown:missing", "unknown:pending", "tenant-not-found:ghost", "unknown:gone"], Kinds(cli.Out));
        Assert.Contains("\"complete\": false", cli.Out);
        Assert.Contains("\"status\": \"forbidden\"", cli.Out);
    }

    [Fact]
    public async Task A_failing_look_up_gives_unknown_for_that_customer_and_exit_1()
    {
        server.Faults.OnTenant(Healthy, FakeFault.ServerError(503));

        Assert.Equal(1, await cli.RunAsync("drift", "--registry", registry.Path, "--format", "json"));

        Assert.Contains("unknown:healthy", Kinds(cli.Out));
        Assert.DoesNotContain(Kinds(cli.Out), k => k.StartsWith("domain-mismatch") || k.StartsWith("name-mismatch"));
    }

    [Fact]
    public async Task Text_report_says_which_source_failed_and_why()
    {
        server.Faults.On("contracts", FakeFault.Forbidden());

        Assert.Equal(1, await cli.RunAsync("drift", "--registry", registry.Path));

        Assert.Contains("Incomplete: dap forbidden.", cli.Out);
        Assert.Contains("dap forbidden (HTTP 403 Authorization_RequestDenied", cli.Out);
        Assert.Contains("Checked 5 of 5 customers", cli.Out);
    }

    [Fact]
    public async Task Discover_saves_a_snapshot_that_drift_reads_back_without_network()
    {
        var path = Path.Combine(registry.Directory, "saved.json");

        Assert.Equal(0, await cli.RunAsync("discover", "--registry", registry.Path, "--output", path));
        var requests = server.Requests.Count;
        Assert.Equal(2, await cli.RunAsync("drift", "--registry", registry.Path, "--format", "json", "--discovery", path));

        Assert.Equal(requests, server.Requests.Count);
        Assert.Equal(7, Kinds(cli.Out).Length);
    }

    [Fact]
    public async Task Discover_with_a_failing_source_still_saves_and_exits_1()
    {
        var path = Path.Combine(registry.Directory, "saved.json");
        server.Faults.On("contracts", FakeFault.ServerError(500));

        Assert.Equal(1, await cli.RunAsync("discover", "--registry", registry.Path, "--output", path));

        Assert.Contains("dap failed: HTTP 500", cli.Error);
        Assert.Contains("\"status\": \"failed\"", File.ReadAllText(path));
    }

    private string LatestPath => Path.Combine(cli.Platform.StateDirectory, "discovery-11111111-2222-4333-8444-555555555555.json");

    private string SaveCompleteLatest()
    {
        Directory.CreateDirectory(cli.Platform.StateDirectory);
        var complete = File.ReadAllText(Path.Combine(DriftCli.RepositoryRoot, "examples", "discovery.json"));
        File.WriteAllText(LatestPath, complete);
        return complete;
    }

    [Fact]
    public async Task Drift_of_gdap_alone_keeps_a_complete_latest_discovery_whether_gdap_answers_or_not()
    {
        var complete = SaveCompleteLatest();

        Assert.Equal(2, await cli.RunAsync("drift", "--registry", registry.Path, "--sources", "gdap"));
        Assert.Equal(complete, File.ReadAllText(LatestPath));
        Assert.Contains("kept the latest discovery from 2026-11-20 08:30 UTC for the picker", cli.Error);
        Assert.Contains("dap, tenant-info answered there but not in this one", cli.Error);

        server.Faults.On("relationships", FakeFault.ServerError(500));
        Assert.Equal(1, await cli.RunAsync("drift", "--registry", registry.Path, "--sources", "gdap"));
        Assert.Equal(complete, File.ReadAllText(LatestPath));
        Assert.Contains("gdap, dap, tenant-info answered there but not in this one", cli.Error);
    }

    [Fact]
    public async Task A_complete_drift_replaces_the_latest_discovery_and_an_incomplete_one_is_saved_only_where_there_is_none()
    {
        server.Faults.On("contracts", FakeFault.ServerError(500, times: 1));
        Assert.Equal(1, await cli.RunAsync("drift", "--registry", registry.Path));
        Assert.Contains("\"status\": \"failed\"", File.ReadAllText(LatestPath));

        SaveCompleteLatest();
        Assert.Equal(2, await cli.RunAsync("drift", "--registry", registry.Path));

        Assert.Contains("Stranger Ltd", File.ReadAllText(LatestPath));
        Assert.DoesNotContain("kept the latest discovery", cli.Error);
    }

    [Fact]
    public async Task Discover_output_gets_exactly_what_was_discovered_while_the_complete_latest_discovery_is_kept()
    {
        var complete = SaveCompleteLatest();
        var path = Path.Combine(registry.Directory, "saved.json");
        server.Faults.On("relationships", FakeFault.Forbidden());

        Assert.Equal(1, await cli.RunAsync("discover", "--registry", registry.Path, "--output", path));

        Assert.Contains("\"status\": \"forbidden\"", File.ReadAllText(path));
        Assert.Equal(complete, File.ReadAllText(LatestPath));
    }

    [Fact]
    public async Task Ctrl_c_during_discovery_stops_at_once_with_exit_130_and_writes_nothing()
    {
        server.Faults.On("relationships", FakeFault.Slow(TimeSpan.FromSeconds(30)));
        var output = Path.Combine(registry.Directory, "report.json");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var started = DateTime.UtcNow;

        Assert.Equal(130, await cli.RunAsync(["drift", "--registry", registry.Path, "--output", output], cancel.Token));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        Assert.Contains("cancelled", cli.Error);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(Path.Combine(cli.Platform.StateDirectory, "discovery-11111111-2222-4333-8444-555555555555.json")));
    }

    [Fact]
    public async Task Plain_http_to_a_non_loopback_host_is_refused()
    {
        Assert.Equal(1, await cli.RunAsync("drift", "--registry", registry.Path, "--graph-url", "http://graph.example.com/v1.0"));

        Assert.Contains("plain http is allowed only for loopback hosts", cli.Error);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e7")]
    public async Task A_time_out_that_is_not_1_to_3600_seconds_is_refused_before_asking_graph(string timeout)
    {
        cli.Environment["MSSP_TUI_GRAPH_TIMEOUT"] = timeout;

        Assert.Equal(1, await cli.RunAsync("drift", "--registry", registry.Path));

        Assert.Contains($"MSSP_TUI_GRAPH_TIMEOUT must be a number of seconds from 1 to 3600 (got '{timeout}')", cli.Error);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Without_a_token_and_not_signed_in_it_says_how_to_sign_in(string? token)
    {
        cli.Environment["MSSP_TUI_GRAPH_TOKEN"] = token;

        Assert.Equal(1, await cli.RunAsync("drift", "--registry", registry.Path));

        Assert.Contains("not signed in to Microsoft Graph: run 'mssp-tui login'", cli.Error);
        Assert.Empty(server.Requests);
    }
}
