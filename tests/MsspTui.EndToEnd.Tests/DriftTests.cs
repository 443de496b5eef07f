using System.Text.Json;
using MsspTui.Graph.Tests.FakeGraph;
using Xunit;

namespace MsspTui.EndToEnd.Tests;

/// <summary>drift through the real executable (the native one with $MSSP_TUI_EXE) against the fake Graph server.</summary>
public sealed class DriftTests : IAsyncLifetime
{
    private const string SecurityReader = "5d6b6bb7-de71-4623-b4af-96380a352509";
    private const string Healthy = "aaaaaaaa-0000-4000-8000-000000000001";
    private const string Missing = "aaaaaaaa-0000-4000-8000-000000000002";
    private const string Stranger = "bbbbbbbb-0000-4000-8000-000000000009";

    private readonly string _directory = Directory.CreateTempSubdirectory("mssp-e2e-drift-").FullName;
    private FakeGraphServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _server.AddRelationship(Healthy, "Healthy Co", roles: [SecurityReader]);
        _server.AddRelationship(Stranger, "Stranger Ltd", roles: [SecurityReader]);
        _server.AddTenant(Healthy, "Healthy Co", "healthy.example");
        _server.AddTenant(Missing, "Missing Co", "missing.example");
        File.WriteAllText(Path.Combine(_directory, "customers.yaml"), $"""
            schemaVersion: 1
            provider: {"{"} name: Test MSSP, tenantId: 11111111-2222-4333-8444-555555555555 {"}"}
            defaults: {"{"} expectedRoles: [security-reader] {"}"}
            customers:
              - {"{"} id: healthy, name: Healthy Co, tenantId: {Healthy} {"}"}
              - {"{"} id: missing, name: Missing Co, tenantId: {Missing} {"}"}
            """);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Live_drift_as_json_finds_the_missing_relationship_and_the_unregistered_tenant_and_exits_2()
    {
        ProcessResult result = await MsspTuiExecutable.RunAsync(
            ["drift", "--registry", Path.Combine(_directory, "customers.yaml"), "--format", "json"],
            new Dictionary<string, string?>
            {
                ["MSSP_TUI_GRAPH_TOKEN"] = FakeGraphServer.Token,
                ["MSSP_TUI_GRAPH_URL"] = _server.BaseUrl.ToString(),
                ["MSSP_TUI_STATE_DIR"] = Path.Combine(_directory, "state"),
            });

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Error}");
        using var report = JsonDocument.Parse(result.Out);
        string[] findings = report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("kind").GetString() + ":" + (f.GetProperty("customerId").GetString() ?? f.GetProperty("tenantId").GetString()))
            .ToArray();
        Assert.Contains("missing:missing", findings);
        Assert.Contains($"unregistered:{Stranger}", findings);
        Assert.DoesNotContain(findings, f => f.EndsWith(":healthy", StringComparison.Ordinal));
        Assert.All(_server.Requests, r => Assert.Equal($"Bearer {FakeGraphServer.Token}", r.Authorization));
        Assert.DoesNotContain(FakeGraphServer.Token, result.Out + result.Error);
    }
}
