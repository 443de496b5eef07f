using System.Text.Json;
using MsspTui.Core.Drift;
using MsspTui.Core.Registry;
using Xunit;

namespace MsspTui.Core.Tests.Drift;

public sealed class DriftReportJsonTests
{
    [Fact]
    public void Writes_exactly_the_contract_shape()
    {
        var report = new DriftScenario()
            .Customer("alpha", 1).Relationship(1, roles: [DriftScenario.SecurityReader])
            .Contract(7, "Stranger")
            .Source(DiscoverySource.Dap, SourceStatus.Ok)
            .Analyze();

        using var json = JsonDocument.Parse(DriftReportJson.Serialize(report));
        var root = json.RootElement;

        Assert.Equal(["schemaVersion", "generatedAt", "registry", "complete", "sources", "summary", "findings"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("2026-11-20T12:00:00Z", root.GetProperty("generatedAt").GetString());
        Assert.Equal("customers.yaml", root.GetProperty("registry").GetString());
        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.Equal(["gdap", "dap", "tenant-info"], root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(["name", "status", "detail", "items"], root.GetProperty("sources")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["customers", "discovered", "inSync", "findings"], root.GetProperty("summary").EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("summary").GetProperty("discovered").GetInt32());

        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(["kind", "customerId", "tenantId", "displayName", "severity", "message", "expected", "actual"],
            findings[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("role-missing", findings[0].GetProperty("kind").GetString());
        Assert.Equal("error", findings[0].GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Array, findings[0].GetProperty("expected").ValueKind);
        Assert.Equal("unregistered", findings[1].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, findings[1].GetProperty("customerId").ValueKind);
        Assert.Equal("Stranger", findings[1].GetProperty("displayName").GetString());
        Assert.Equal("a registry entry", findings[1].GetProperty("expected").GetString());
    }

    [Fact]
    public void Missing_finding_has_null_actual_and_non_ascii_names_stay_readable()
    {
        var report = new DriftScenario().Customer("zurich", 1, name: "Zürich Versicherung AG").Analyze();

        var text = DriftReportJson.Serialize(report);

        Assert.Contains("\"displayName\": \"Zürich Versicherung AG\"", text);
        Assert.Contains("\"actual\": null", text);
    }

    [Fact]
    public void A_large_report_is_written_in_pieces_that_add_up_to_the_same_json()
    {
        // Enough findings for many 64 KiB pieces, with names whose UTF-8 takes two, three and four bytes a character.
        var scenario = new DriftScenario();
        for (int i = 0; i < 2000; i++)
        {
            scenario.Customer($"c{i}", i + 1, name: $"Zürich 桜商事 {i} 🛡");
        }

        DriftReport report = scenario.Analyze();
        var pieces = new PieceCountingWriter();
        DriftReportJson.Write(report, pieces);
        string written = pieces.ToString();

        Assert.True(pieces.Writes > 10, $"written in {pieces.Writes} pieces");
        Assert.EndsWith("}\n", written, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(written);
        var names = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("customerId").GetString() is not null)
            .Select(f => (Id: f.GetProperty("customerId").GetString()!, Name: f.GetProperty("displayName").GetString()))
            .ToList();
        Assert.Equal(2000, names.Select(n => n.Id).Distinct().Count());
        Assert.All(names, n => Assert.Equal($"Zürich 桜商事 {n.Id[1..]} 🛡", n.Name));
        Assert.Equal(written, DriftReportJson.Serialize(report));
    }

    private sealed class PieceCountingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override void Write(char[] buffer, int index, int count)
        {
            Writes++;
            base.Write(buffer, index, count);
        }
    }
}
