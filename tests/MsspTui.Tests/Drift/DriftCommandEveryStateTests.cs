using System.Text;
using System.Text.Json;
using MsspTui.Graph.Tests.FakeGraph;
using Xunit;

namespace MsspTui.Tests.Drift;

/// <summary>
/// A registry with customers in every state of the brief's table against the fake Graph server: drift --format json
/// gives exactly the findings the rules give, none missing, none extra, and exits 2.
/// </summary>
public sealed class DriftCommandEveryStateTests : IAsyncLifetime, IDisposable
{
    private const string Reader = "5d6b6bb7-de71-4623-b4af-96380a352509";
    private const string Operator = "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f";
    private const string GlobalAdmin = "62e90394-69f5-4237-9190-012177145e10";

    private static readonly string[] Ids =
        ["healthy", "missing", "pending", "expired", "expiring", "role-missing", "role-unexpected", "renamed", "redomained", "offboarded", "dap", "onboarding", "guest", "ghost"];

    private readonly DriftCli cli = new();
    private readonly TempRegistry registry;
    private FakeGraphServer server = null!;

    public DriftCommandEveryStateTests()
    {
        var yaml = new StringBuilder();
        foreach (var id in Ids)
        {
            yaml.AppendLine($"  - id: {id}\n    name: {id} Co\n    tenantId: {Tenant(id)}\n    domain: {id}.example");
            yaml.AppendLine(id switch
            {
                "offboarded" => "    status: offboarded",
                "onboarding" => "    status: onboarding",
                "guest" => "    access: b2b",
                _ => "",
            });
        }

        registry = TempRegistry.WithCustomers(yaml + "defaults:\n  expectedRoles: [security-reader, security-operator]\n");
    }

    private static string Tenant(string id) => $"{Array.IndexOf(Ids, id) + 1:D8}-0000-4000-8000-000000000000";

    public async Task InitializeAsync()
    {
        server = await FakeGraphServer.StartAsync();
        var far = DateTimeOffset.UtcNow.AddDays(400);
        void Rel(string id, string status = "active", string[]? roles = null, DateTimeOffset? end = null) =>
            server.AddRelationship(Tenant(id), $"{id} Co", status, roles ?? [Reader, Operator], end ?? far);
        Rel("healthy");
        Rel("pending", "approvalPending");
        Rel("expired", "terminated");
        Rel("expiring", "expiring", end: DateTimeOffset.UtcNow.AddDays(10));
        Rel("role-missing", roles: [Reader]);
        Rel("role-unexpected", roles: [Reader, Operator, GlobalAdmin]);
        Rel("renamed");
        Rel("redomained");
        Rel("offboarded");
        Rel("dap");
        Rel("ghost");
        server.AddRelationship("ffffffff-0000-4000-8000-000000000000", "Stranger Ltd", roles: [Reader]);
        server.AddContract(Tenant("dap"), "dap (old name)", "old.example");
        foreach (var id in Ids.Where(i => i != "ghost"))
        {
            server.AddTenant(Tenant(id), id == "renamed" ? "Renamed Holdings" : $"{id} Co", id == "redomained" ? "other.example" : $"{id}.example");
        }

        cli.Environment["MSSP_TUI_GRAPH_TOKEN"] = FakeGraphServer.Token;
        cli.Environment["MSSP_TUI_GRAPH_URL"] = server.BaseUrl.ToString();
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => registry.Dispose();

    [Fact]
    public async Task Reports_exactly_the_findings_of_the_rules()
    {
        Assert.Equal(2, await cli.RunAsync("drift", "--registry", registry.Path, "--format", "json"));

        using var json = JsonDocument.Parse(cli.Out);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("kind").GetString()}:{f.GetProperty("customerId").GetString() ?? f.GetProperty("tenantId").GetString()}:{f.GetProperty("severity").GetString()}")
            .ToArray();
        Assert.Equal(
        [
            "missing:missing:error",
            "role-missing:missing:error",
            "gdap-pending:pending:warning",
            "role-missing:pending:error",
            "gdap-expired:expired:error",
            "role-missing:expired:error",
            "gdap-expiring:expiring:warning",
            "role-missing:role-missing:error",
            "role-unexpected:role-unexpected:error",
            "name-mismatch:renamed:info",
            "domain-mismatch:redomained:warning",
            "offboarded-access:offboarded:error",
            "dap-legacy:dap:warning",
            "tenant-not-found:ghost:error",
            "unregistered:ffffffff-0000-4000-8000-000000000000:warning",
        ], findings);
        Assert.True(json.RootElement.GetProperty("complete").GetBoolean());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(14, summary.GetProperty("customers").GetInt32());
        Assert.Equal(3, summary.GetProperty("inSync").GetInt32());
        Assert.All(server.Requests, r => Assert.Equal($"Bearer {FakeGraphServer.Token}", r.Authorization));
        Assert.Equal(1 + 1 + 1, server.Requests.Count);
    }
}
