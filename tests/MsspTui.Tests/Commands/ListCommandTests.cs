using System.Text.Json;
using Xunit;

namespace MsspTui.Tests.Commands;

public sealed class ListCommandTests : IDisposable
{
    private readonly TempRegistry _registry = TempRegistry.WithCustomers("""
          - id: fabrikam
            name: Fabrikam, Inc.
            tenantId: 0F3C1D2E-1111-4A2B-8C3D-4E5F60718293
            tags: [tier1, eu]
          - id: sakura
            name: 桜商事株式会社
            tenantId: 2a2b3c4d-3333-4a2b-8c3d-4e5f60718293
            status: onboarding
            access: b2b
            tags: [tier2]
        """);

    private readonly CliRun _cli = new();

    public void Dispose() => _registry.Dispose();

    [Fact]
    public async Task Lists_every_customer_in_aligned_columns_wide_characters_counted_twice()
    {
        Assert.Equal(0, await _cli.RunAsync("list", "--registry", _registry.Path));

        string[] lines = _cli.Out.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("ID ", lines[0]);
        int tenantColumn = lines[0].IndexOf("TENANT ID", StringComparison.Ordinal);
        Assert.Equal("0f3c1d2e", lines[1].Substring(tenantColumn, 8));
        // 桜商事株式会社 is 7 characters but 14 columns wide: the tenant id starts 7 characters earlier.
        Assert.Equal("2a2b3c4d", lines[2].Substring(tenantColumn - 7, 8));
    }

    [Fact]
    public async Task Lists_by_name_ignoring_case_with_no_spaces_at_line_ends()
    {
        using var registry = TempRegistry.WithCustomers("""
              - id: d
                name: delta Co
                tenantId: 00000000-0000-4000-8000-000000000004
              - id: b
                name: bravo
                tenantId: 00000000-0000-4000-8000-000000000002
                tags: [x, y]
              - id: c
                name: Charlie
                tenantId: 00000000-0000-4000-8000-000000000003
              - id: a
                name: Alpha
                tenantId: 00000000-0000-4000-8000-000000000001
            """);

        Assert.Equal(0, await _cli.RunAsync("list", "--registry", registry.Path));

        Assert.Equal(
            """
            ID  NAME      TENANT ID                             STATUS  ACCESS  TAGS
            a   Alpha     00000000-0000-4000-8000-000000000001  active  gdap
            b   bravo     00000000-0000-4000-8000-000000000002  active  gdap    x,y
            c   Charlie   00000000-0000-4000-8000-000000000003  active  gdap
            d   delta Co  00000000-0000-4000-8000-000000000004  active  gdap

            """,
            _cli.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Filters_by_query_and_tag()
    {
        Assert.Equal(0, await _cli.RunAsync("list", "fab", "--registry", _registry.Path));
        Assert.Contains("fabrikam", _cli.Out);
        Assert.DoesNotContain("sakura", _cli.Out);

        Assert.Equal(0, await _cli.RunAsync("list", "--tag", "TIER2", "--registry", _registry.Path));
        Assert.Contains("sakura", _cli.Out);
        Assert.DoesNotContain("fabrikam", _cli.Out);
    }

    [Fact]
    public async Task Json_has_every_field_with_defaults_applied()
    {
        Assert.Equal(0, await _cli.RunAsync("list", "--json", "--registry", _registry.Path));

        using JsonDocument json = JsonDocument.Parse(_cli.Out);
        JsonElement sakura = json.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "sakura");
        Assert.Equal("桜商事株式会社", sakura.GetProperty("name").GetString());
        Assert.Equal("onboarding", sakura.GetProperty("status").GetString());
        Assert.Equal("b2b", sakura.GetProperty("access").GetString());
        Assert.Equal("defender", sakura.GetProperty("portal").GetString());
    }
}
