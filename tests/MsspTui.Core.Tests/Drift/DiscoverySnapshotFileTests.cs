using MsspTui.Core.Drift;
using Xunit;

namespace MsspTui.Core.Tests.Drift;

public sealed class DiscoverySnapshotFileTests
{
    private static DiscoverySnapshot Sample() => new(
        new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero),
        "https://graph.microsoft.com/v1.0",
        [
            new SourceResult(DiscoverySource.Gdap, SourceStatus.Ok, null, 2),
            new SourceResult(DiscoverySource.Dap, SourceStatus.Forbidden, "HTTP 403: Authorization_RequestDenied", 0),
            new SourceResult(DiscoverySource.TenantInfo, SourceStatus.Failed, "1 of 2 look-ups failed", 2),
        ],
        [
            new GdapRelationship("r1", "Fabrikam SOC", "active", DriftScenario.Tenant(1), "Fabrikam", [DriftScenario.SecurityReader],
                new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), "P180D"),
            new GdapRelationship("r2", null, "approvalPending", DriftScenario.Tenant(2), null, [], null, null),
        ],
        [new DapContract("c1", "resellerPartnership", DriftScenario.Tenant(3), "Old Name", "old.example")],
        [
            new TenantLookup(DriftScenario.Tenant(1), TenantLookupStatus.Found, "Fabrikam", "fabrikam.example", null),
            new TenantLookup(DriftScenario.Tenant(2), TenantLookupStatus.NotFound, null, null, "Directory_ObjectNotFound"),
            new TenantLookup(DriftScenario.Tenant(3), TenantLookupStatus.Failed, null, null, "HTTP 503 after 3 tries"),
        ]);

    [Fact]
    public void Round_trips_every_field()
    {
        var snapshot = Sample();

        var text = DiscoverySnapshotFile.Serialize(snapshot);
        var back = DiscoverySnapshotFile.Parse(text, "d.json");

        Assert.Contains("\"kind\": \"mssp-tui-discovery\"", text);
        Assert.Contains("\"schemaVersion\": 1", text);
        Assert.Contains("\"status\": \"not-found\"", text);
        Assert.Equal(snapshot.GeneratedAt, back.GeneratedAt);
        Assert.Equal(snapshot.GraphUrl, back.GraphUrl);
        Assert.Equal(snapshot.Sources, back.Sources);
        Assert.Equal(snapshot.Contracts, back.Contracts);
        Assert.Equal(snapshot.Tenants, back.Tenants);
        Assert.Equal(2, back.Relationships.Count);
        Assert.Equal(snapshot.Relationships[0] with { Roles = [] }, back.Relationships[0] with { Roles = [] });
        Assert.Equal(snapshot.Relationships[0].Roles, back.Relationships[0].Roles);
    }

    [Fact]
    public void Write_is_atomic_and_leaves_no_temporary_file()
    {
        var directory = Directory.CreateTempSubdirectory("mssp-drift-");
        var path = Path.Combine(directory.FullName, "sub", "discovery.json");

        DiscoverySnapshotFile.Write(Sample(), path);
        DiscoverySnapshotFile.Write(Sample(), path);

        Assert.Equal(Sample().Tenants, DiscoverySnapshotFile.Read(path).Tenants);
        Assert.Equal(["discovery.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        directory.Delete(recursive: true);
    }

    [Theory]
    [InlineData("{ not json", "d.json:1: not a valid saved discovery")]
    [InlineData("[]", "not a saved discovery")]
    [InlineData("{\"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\"}", "expected \"kind\": \"mssp-tui-discovery\"")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 2}", "schemaVersion 2, newer than this mssp-tui understands (1)")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\"}", "has no schemaVersion")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1}", "generatedAt is missing")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [{\"name\": \"gdap\", \"status\": \"great\"}]}", "sources[0].status 'great'")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [{\"name\": \"tenant-info\", \"status\": \"ok\", \"items\": 1}], \"tenants\": [{\"tenantId\": \"nope\", \"status\": \"found\"}]}", "tenants[0].tenantId 'nope' is not a tenant id")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"yesterday\"}", "not a valid saved discovery")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [null]}", "sources[0] is null")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [{\"name\": \"gdap\", \"status\": \"ok\", \"items\": 1}], \"relationships\": [null]}", "relationships[0] is null")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [{\"name\": \"gdap\", \"status\": \"ok\", \"items\": 1}]}", "relationships is missing, although source 'gdap' is ok")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [{\"name\": \"gdap\", \"status\": \"ok\", \"items\": 1}], \"relationships\": null}", "relationships is missing, although source 'gdap' is ok")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [{\"name\": \"gdap\", \"status\": \"ok\", \"items\": 1}], \"relationships\": []}", "relationships lists 0 item(s), but source 'gdap' says 1")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [{\"name\": \"gdap\", \"status\": \"ok\", \"items\": 1}], \"relationships\": [{\"id\": \"r\", \"status\": \"active\", \"customer\": {\"tenantId\": \"10000000-0000-0000-0000-000000000001\"}, \"roles\": [null]}]}", "relationships[0].roles[0] is null")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [{\"name\": \"gdap\", \"status\": \"ok\", \"items\": 1}], \"relationships\": [{\"id\": \"r\", \"status\": \"active\", \"customer\": {\"tenantId\": \"10000000-0000-0000-0000-000000000001\"}, \"endDateTime\": 5}]}", "relationships[0].endDateTime is not a value of the expected kind")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [{\"name\": \"gdap\", \"status\": \"ok\", \"items\": 1}], \"relationships\": [{\"id\": \"r\", \"status\": \"active\", \"customer\": {\"tenantId\": \"10000000-0000-0000-0000-000000000001\"}}]}", "relationships[0].roles is missing")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [{\"name\": \"gdap\", \"status\": \"ok\", \"items\": 1}], \"relationships\": [{\"id\": \"r\", \"status\": \"active\", \"customer\": {\"tenantId\": \"10000000-0000-0000-0000-000000000001\"}, \"roles\": null}]}", "relationships[0].roles is missing")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"tenants\": [{\"tenantId\": \"10000000-0000-0000-0000-000000000001\", \"status\": \"found\"}]}", "sources is missing")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [], \"tenants\": [{\"tenantId\": \"10000000-0000-0000-0000-000000000001\", \"status\": \"found\"}]}", "sources is missing")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": null, \"tenants\": [{\"tenantId\": \"10000000-0000-0000-0000-000000000001\", \"status\": \"found\"}]}", "sources is missing")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 1, \"generatedAt\": \"2026-01-01T00:00:00Z\", \"sources\": [{\"name\": \"gdap\", \"status\": \"ok\", \"items\": 1}], \"relationships\": [{\"id\": \"r\", \"status\": \"active\", \"customer\": {\"tenantId\": \"10000000-0000-0000-0000-000000000001\"}, \"roles\": []}], \"tenants\": [{\"tenantId\": \"10000000-0000-0000-0000-000000000001\", \"status\": \"found\"}]}", "tenants lists 1 item(s), but source 'tenant-info' is not in sources")]
    public void Bad_files_give_a_clear_message_naming_the_file(string text, string expected)
    {
        var error = Assert.Throws<DiscoverySnapshotException>(() => DiscoverySnapshotFile.Parse(text, "d.json"));

        Assert.StartsWith("d.json", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Missing_file_gives_a_clear_message()
    {
        var error = Assert.Throws<DiscoverySnapshotException>(() => DiscoverySnapshotFile.Read("/nonexistent/discovery.json"));

        Assert.Contains("cannot read the saved discovery", error.Message);
    }
}
