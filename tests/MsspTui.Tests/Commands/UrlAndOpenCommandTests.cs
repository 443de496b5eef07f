using MsspTui.Platform;
using Xunit;

namespace MsspTui.Tests.Commands;

public sealed class UrlAndOpenCommandTests : IDisposable
{
    private readonly TempRegistry _registry = TempRegistry.WithCustomers("""
          - id: fabrikam
            name: Fabrikam, Inc.
            tenantId: 0F3C1D2E-1111-4A2B-8C3D-4E5F60718293
            domain: fabrikam.com
            links:
              - { name: Runbook, url: "https://wiki.example/runbooks/{tenantId}" }
          - id: first-bank
            name: First Atlantic Bank
            tenantId: 1a2b3c4d-2222-4a2b-8c3d-4e5f60718293
            portal: intune
          - id: sakura
            name: 桜商事株式会社
            tenantId: 2a2b3c4d-3333-4a2b-8c3d-4e5f60718293
          - id: contoso
            name: Contoso
            tenantId: 3a2b3c4d-4444-4a2b-8c3d-4e5f60718293
          - id: contoso-eu
            name: Contoso Europe
            tenantId: 4a2b3c4d-5555-4a2b-8c3d-4e5f60718293
        """);

    private readonly CliRun _cli = new();

    public void Dispose() => _registry.Dispose();

    [Theory]
    [InlineData("fabrikam")]
    [InlineData("0f3c1d2e-1111-4a2b-8c3d-4e5f60718293")]
    [InlineData("Fabrikam, Inc.")]
    [InlineData("fab")]
    public async Task Url_prints_the_defender_url_on_one_line(string customer)
    {
        int exitCode = await _cli.RunAsync("url", customer, "--registry", _registry.Path);

        Assert.Equal(0, exitCode);
        Assert.Equal("https://security.microsoft.com/?tid=0f3c1d2e-1111-4a2b-8c3d-4e5f60718293\n", _cli.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Url_uses_the_customer_portal_and_the_portal_option()
    {
        Assert.Equal(0, await _cli.RunAsync("url", "first-bank", "--registry", _registry.Path));
        Assert.StartsWith("https://intune.microsoft.com/1a2b3c4d", _cli.Out);

        Assert.Equal(0, await _cli.RunAsync("url", "桜商事", "--portal", "mto", "--registry", _registry.Path));
        Assert.Equal("https://mto.security.microsoft.com/", _cli.Out.Trim());

        Assert.Equal(0, await _cli.RunAsync("url", "fabrikam", "-p", "runbook", "--registry", _registry.Path));
        Assert.Equal("https://wiki.example/runbooks/0f3c1d2e-1111-4a2b-8c3d-4e5f60718293", _cli.Out.Trim());
    }

    [Fact]
    public async Task Ambiguous_customer_exits_1_listing_candidates()
    {
        int exitCode = await _cli.RunAsync("url", "cont", "--registry", _registry.Path);

        Assert.Equal(1, exitCode);
        Assert.Equal("", _cli.Out);
        Assert.Contains("contoso ", _cli.Error);
        Assert.Contains("contoso-eu", _cli.Error);
    }

    [Fact]
    public async Task Many_candidates_show_the_first_twenty_and_how_many_more()
    {
        string customers = string.Concat(Enumerable.Range(1, 25).Select(i => $"""
              - id: acme-{i:D2}
                name: Acme Unit {i:D2}
                tenantId: 00000000-0000-4000-8000-{i:D12}

            """));
        using var registry = TempRegistry.WithCustomers(customers);

        int exitCode = await _cli.RunAsync("url", "acme", "--registry", registry.Path);

        Assert.Equal(1, exitCode);
        string[] lines = _cli.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("mssp-tui: 'acme' matches 25 customers; be more specific:", lines[0]);
        Assert.Equal(22, lines.Length);
        Assert.StartsWith("  acme-01 ", lines[1]);
        Assert.StartsWith("  acme-20 ", lines[20]);
        Assert.Equal("  ... and 5 more; `mssp-tui list acme` lists them", lines[21]);
    }

    [Fact]
    public async Task The_list_command_in_the_hint_lists_what_the_hint_says()
    {
        // Given 25 customers that start a word with "fab" and 3 that hold its letters only in order
        string customers = string.Concat(Enumerable.Range(1, 28).Select(i => $"""
              - id: {(i <= 25 ? "fabrikam" : "first-bank")}-{i:D2}
                name: {(i <= 25 ? "Fabrikam Unit" : "First Atlantic Bank")} {i:D2}
                tenantId: 00000000-0000-4000-8000-{i:D12}

            """));
        using var registry = TempRegistry.WithCustomers(customers);

        // When the query is ambiguous
        Assert.Equal(1, await _cli.RunAsync("url", "fab", "--registry", registry.Path));

        // Then the candidates are the closest matches, and the hint says what `list` lists: all of them
        string[] lines = _cli.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("mssp-tui: 'fab' matches 28 customers, 25 of them at the start of a word; be more specific:", lines[0]);
        Assert.Equal("  ... and 5 more; `mssp-tui list fab` lists all 28 matches", lines[^1]);
        Assert.Equal(0, await _cli.RunAsync("list", "fab", "--registry", registry.Path));
        Assert.Equal(1 + 28, _cli.Out.ReplaceLineEndings("\n").TrimEnd().Split('\n').Length);
    }

    [Fact]
    public async Task The_hint_names_the_list_command_when_looser_matches_are_not_shown()
    {
        using var registry = TempRegistry.WithCustomers("""
              - id: fabrikam
                name: Fabrikam, Inc.
                tenantId: c4ada276-9389-472c-8154-a173920c2f89
              - id: fabrikam-eu
                name: Fabrikam Europe
                tenantId: 5a2b3c4d-6666-4a2b-8c3d-4e5f60718293
              - id: first-bank
                name: First Atlantic Bank
                tenantId: 1a2b3c4d-2222-4a2b-8c3d-4e5f60718293
            """);

        Assert.Equal(1, await _cli.RunAsync("url", "fab", "--registry", registry.Path));

        string[] lines = _cli.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(
            [
                "mssp-tui: 'fab' matches 3 customers, 2 of them at the start of a word; be more specific:",
                "  fabrikam-eu              Fabrikam Europe",
                "  fabrikam                 Fabrikam, Inc.",
                "  `mssp-tui list fab` lists all 3 matches",
            ],
            lines);
    }

    [Theory]
    [InlineData("cafe lumiere")]
    [InlineData("lumiere eu")]
    [InlineData("31D6295D-56A0")]
    public async Task Url_finds_a_customer_by_space_separated_terms_and_part_of_its_tenant_id(string query)
    {
        using var registry = TempRegistry.WithCustomers("""
              - id: cafe-lumiere
                name: Café Lumière SARL
                tenantId: 31d6295d-56a0-43f8-acf9-311146001cb1
                tags: [eu]
              - id: fabrikam
                name: Fabrikam, Inc.
                tenantId: c4ada276-9389-472c-8154-a173920c2f89
                tags: [eu]
            """);

        Assert.Equal(0, await _cli.RunAsync("url", query, "--registry", registry.Path));
        Assert.Equal("https://security.microsoft.com/?tid=31d6295d-56a0-43f8-acf9-311146001cb1", _cli.Out.Trim());
    }

    [Theory]
    [InlineData("FABRI")]
    [InlineData("FAB INC")]
    [InlineData("Atlantic BANK")]
    public async Task Case_never_matters_on_the_command_line(string query)
    {
        Assert.Equal(0, await _cli.RunAsync("url", query, "--registry", _registry.Path));

        Assert.StartsWith("https://", _cli.Out);
        Assert.Equal("", _cli.Error);
    }

    [Fact]
    public async Task List_ignores_case_too()
    {
        Assert.Equal(0, await _cli.RunAsync("list", "CONTOSO", "--registry", _registry.Path));

        Assert.Equal(2, _cli.Out.Split('\n').Count(line => line.Contains("contoso", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Unknown_customer_or_portal_exits_1()
    {
        Assert.Equal(1, await _cli.RunAsync("url", "nobody", "--registry", _registry.Path));
        Assert.Contains("no customer matches 'nobody'", _cli.Error);

        Assert.Equal(1, await _cli.RunAsync("url", "fabrikam", "--portal", "nope", "--registry", _registry.Path));
        Assert.Contains("unknown portal 'nope'", _cli.Error);

        Assert.Equal(1, await _cli.RunAsync("url", "sakura", "--portal", "exchange", "--registry", _registry.Path));
        Assert.Contains("needs the customer's domain", _cli.Error);
    }

    [Fact]
    public async Task Open_hands_the_url_to_the_browser()
    {
        int exitCode = await _cli.RunAsync("open", "fab", "--registry", _registry.Path);

        Assert.Equal(0, exitCode);
        Assert.Equal(["https://security.microsoft.com/?tid=0f3c1d2e-1111-4a2b-8c3d-4e5f60718293"], _cli.Platform.Opened);
    }

    [Fact]
    public async Task Open_without_a_browser_prints_the_url()
    {
        _cli.Platform.NextLaunch = LaunchResult.Unavailable("no browser found");

        int exitCode = await _cli.RunAsync("open", "fab", "--registry", _registry.Path);

        Assert.Equal(0, exitCode);
        Assert.Equal("https://security.microsoft.com/?tid=0f3c1d2e-1111-4a2b-8c3d-4e5f60718293", _cli.Out.Trim());
        Assert.Contains("no browser found", _cli.Error);
    }

    [Fact]
    public async Task Open_with_a_failing_browser_prints_the_url_and_exits_1()
    {
        _cli.Platform.NextLaunch = LaunchResult.Failed("the browser command 'x' exited with code 3");

        Assert.Equal(1, await _cli.RunAsync("open", "fab", "--registry", _registry.Path));
        Assert.StartsWith("https://security.microsoft.com/", _cli.Out);
    }

    [Fact]
    public async Task A_query_is_echoed_without_its_control_characters()
    {
        Assert.Equal(1, await _cli.RunAsync("url", "x\u001b]0;title\u0007", "--registry", _registry.Path));
        Assert.Contains("no customer matches 'x␛]0;title␇'", _cli.Error);

        Assert.Equal(1, await _cli.RunAsync("url", "fabrikam", "--portal", "\u001b[2J", "--registry", _registry.Path));
        Assert.Contains("unknown portal '␛[2J'", _cli.Error);
        Assert.DoesNotContain('\u001b', _cli.Error);
    }

    [Fact]
    public async Task Registry_comes_from_the_environment_variable()
    {
        _cli.Environment["MSSP_TUI_REGISTRY"] = _registry.Path;

        Assert.Equal(0, await _cli.RunAsync("url", "fabrikam"));
    }

    [Fact]
    public async Task Missing_registry_is_a_clear_error()
    {
        _cli.Environment.CurrentDirectory = _registry.Directory + "/nowhere";

        Assert.Equal(1, await _cli.RunAsync("url", "fabrikam", "--registry", _registry.Path + ".missing"));
        Assert.DoesNotContain("   at ", _cli.Error);
        Assert.Contains("error MSSP001: registry file", _cli.Error);
        Assert.Contains("not found", _cli.Error);

        // A file that is not there has no errors for `validate` to detail.
        Assert.DoesNotContain("validate", _cli.Error);
    }

    [Fact]
    public async Task A_registry_with_errors_points_to_validate()
    {
        File.WriteAllText(_registry.Path, "schemaVersion: 1\ncustomers: [\n");

        Assert.Equal(1, await _cli.RunAsync("url", "fabrikam", "--registry", _registry.Path));
        Assert.Contains("has errors; run `mssp-tui validate` for details", _cli.Error);
    }
}
