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

    [Theory]
    [InlineData("fab", "fabrikam")]
    [InlineData("fab us", "fabrikam")]
    [InlineData("cafe lumiere", "cafe-lumiere")]
    [InlineData("C4ADA276-9389-472C-8154-A173920C2F89", "fabrikam")]
    [InlineData("31D6295D", "cafe-lumiere")]
    public async Task Query_matches_as_the_picker_does(string query, string id)
    {
        // Given customers whose tenant ids hold the letters of "fab" scattered (as most hex ids do)
        using var registry = TempRegistry.WithCustomers("""
              - id: fabrikam
                name: Fabrikam, Inc.
                tenantId: c4ada276-9389-472c-8154-a173920c2f89
                tags: [us]
              - id: cafe-lumiere
                name: Café Lumière SARL
                tenantId: 31d6295d-56a0-43f8-acf9-311146001cb1
                tags: [eu]
              - id: woodgrove
                name: Woodgrove Bank
                tenantId: 3298f589-8a6c-49de-83f2-72798b98ea88
                tags: [us]
            """);

        // When listing with a query: each space-separated term must match, a tenant id only as written, in any case
        Assert.Equal(0, await _cli.RunAsync("list", query, "--registry", registry.Path));

        // Then exactly the customer the picker finds is listed
        string[] rows = _cli.Out.ReplaceLineEndings("\n").TrimEnd().Split('\n')[1..];
        Assert.Equal([id], rows.Select(row => row.Split(' ')[0]));
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
