using MsspTui.Core.Diagnostics;
using MsspTui.Core.Registry;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

public sealed class RegistryRulesTests
{
    private const string Head = "schemaVersion: 1\nprovider: {name: P, tenantId: 5c0f6e4a-2d1b-4a3f-9e8c-7b6a5f4e3d2c}\ncustomers:\n";

    [Fact]
    public void A_line_break_after_a_GUID_does_not_pass_as_a_GUID()
    {
        var diagnostic = Assert.Single(Load("  - {id: a, name: A, tenantId: \"6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d\\n\"}\n"));

        Assert.Equal(("MSSP106", 4, 32), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Role_names_are_exact_but_role_GUIDs_may_be_in_any_case()
    {
        var diagnostics = Load("  - id: a\n    name: A\n    tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d\n" +
            "    expectedRoles: [Security-Reader, 4A5D8F65-41DA-4DE4-8968-E035B65339CF, security-operator, 5f2222b1-57c3-48ba-8ad5-d4759f1fde6f]\n");

        Assert.Equal([("MSSP204", 7, 21), ("MSSP215", 7, 95)], diagnostics.Select(d => (d.Code, d.Line, d.Column)));
        Assert.Contains("did you mean 'security-reader'?", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("line 7", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_values_are_named_by_kind_and_never_repeated()
    {
        const string secret = "xyz8Q~abcdefghijklmnopqrstuvwxyz0123456";
        var diagnostic = Assert.Single(Load($"  - {{id: a, name: A, tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d, notes: \"secret is {secret}\"}}\n"));

        Assert.Equal("MSSP210", diagnostic.Code);
        Assert.Contains("client secret", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Contoso\u202E.Ltd", 4, 19, "U+202E")]
    [InlineData("\u2067Fabrikam\u2069", 4, 19, "U+2067")]
    public void Bidirectional_controls_in_a_value_are_errors(string name, int line, int column, string named)
    {
        var diagnostics = Load($"  - {{id: a, name: \"{name}\", tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d}}\n");

        var diagnostic = Assert.Single(diagnostics, d => d.Code == "MSSP217");
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    // YAML double-quoted escapes are how they get in: the file itself may hold no control bytes (MSSP003).
    [Theory]
    [InlineData(@"Evil\x1b[2J\x1b]0;pwned\x07Corp", "U+001B (ESC)")]
    [InlineData(@"Evil\e]52;c;ZXZpbA==\aCorp", "U+001B (ESC)")]
    [InlineData(@"Fabrikam\rContoso", "U+000D (CR)")]
    [InlineData(@"nul\0", "U+0000 (NUL)")]
    [InlineData(@"del\x7f", "U+007F (DEL)")]
    [InlineData(@"csi\u009b2J", "U+009B")]
    [InlineData(@"next line\N", "U+0085")]
    public void Control_characters_in_a_value_are_errors_that_name_the_character(string escapedName, string named)
    {
        var diagnostics = Load($"  - {{id: a, name: \"{escapedName}\", tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d}}\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("MSSP218", 4, 19, DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Line, diagnostic.Column, diagnostic.Severity));
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("terminal", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostic.Message, char.IsControl);
    }

    [Fact]
    public void Control_characters_are_found_in_every_value_at_the_value_and_the_registry_is_refused()
    {
        var result = RegistryLoader.Parse(
            "schemaVersion: 1\nprovider: {name: \"P\\e[2J\", tenantId: 5c0f6e4a-2d1b-4a3f-9e8c-7b6a5f4e3d2c}\ncustomers:\n" +
            "  - id: a\n    name: A\n    tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d\n" +
            "    tags: [ok, \"t\\x9b\"]\n" +
            "    contacts:\n      - {name: \"SOC\\x1b]8;;https://evil.example\\x07\", email: soc@a.example}\n" +
            "    notes: \"line one\\n\\tline two \\u0000 end\"\n", "r.yaml");

        Assert.Null(result.Registry);
        Assert.Equal(
            [(2, 18), (7, 16), (9, 16), (10, 12)],
            result.Diagnostics.Where(d => d.Code == "MSSP218").Select(d => (d.Line, d.Column)));
        Assert.Contains("U+0000 (NUL)", result.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tabs_and_line_breaks_in_notes_are_fine() =>
        Assert.Empty(Load("  - id: a\n    name: A\n    tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d\n" +
            "    notes: |\n      first line\n      \tindented with a tab\n    tags: [\"x\\ty\"]\n"));

    [Theory]
    [InlineData("שלום בע\"מ")]
    [InlineData("مرحبا\u200F Ltd")]
    [InlineData("桜商事株式会社")]
    public void Right_to_left_and_other_scripts_are_fine(string name) =>
        Assert.Empty(Load($"  - {{id: a, name: '{name}', tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d}}\n"));

    [Theory]
    [InlineData("https://wiki.example/{tenantId}?d={domain}", null)]
    [InlineData("HTTPS://wiki.example/", "MSSP206")]
    [InlineData(" https://wiki.example/", "MSSP206")]
    [InlineData("javascript:alert(1)", "MSSP206")]
    [InlineData("data:text/html,<script>", "MSSP206")]
    [InlineData("file:///etc/passwd", "MSSP206")]
    [InlineData("//evil.example/", "MSSP206")]
    [InlineData("https://user:pass@evil.example/", "MSSP210")]
    [InlineData("https://wiki.example@evil.example/", "MSSP208")]
    [InlineData("https:///no-host", "MSSP208")]
    [InlineData("https://wiki.example/{tenantId", "MSSP207")]
    [InlineData("https://wiki.example/{TenantId}", "MSSP207")]
    public void Links_must_be_plain_https_with_known_placeholders(string url, string? code)
    {
        var diagnostics = Load($"  - id: a\n    name: A\n    tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d\n    links: [{{name: L, url: '{url}'}}]\n");

        if (code is null)
        {
            Assert.Empty(diagnostics);
        }
        else
        {
            Assert.Contains(diagnostics, d => d.Code == code && d.Line == 7);
        }
    }

    [Fact]
    public void Aliases_that_name_another_customer_and_the_provider_as_a_customer_are_warnings()
    {
        var result = RegistryLoader.Parse(Head +
            "  - {id: alpha, name: Alpha, tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d, aliases: [beta, alpha]}\n" +
            "  - {id: beta, name: Beta, tenantId: 5C0F6E4A-2D1B-4A3F-9E8C-7B6A5F4E3D2C}\n", "r.yaml");

        Assert.NotNull(result.Registry);
        Assert.Equal(["MSSP216", "MSSP212"], result.Diagnostics.Select(d => d.Code));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Names_are_duplicates_in_any_case_also_beyond_ASCII()
    {
        var diagnostics = Load(
            "  - {id: a, name: Müller & Söhne GmbH, tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d}\n" +
            "  - {id: b, name: MÜLLER & SÖHNE GMBH, tenantId: 7e2b8a6c-4f3d-4c5b-9a0e-9d8c7b6a5f4e}\n");

        var duplicate = Assert.Single(diagnostics);
        Assert.Equal(("MSSP202", 5, 19), (duplicate.Code, duplicate.Line, duplicate.Column));
        Assert.Contains("line 4", duplicate.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fabri\u200Bkam")]
    [InlineData("\u200BFabrikam")]
    [InlineData("Fab\u00ADrikam")]
    [InlineData("FABRI\u2060KAM")]
    [InlineData("Fabrikam\u3164")]
    [InlineData("Fab\u034Frikam")]
    [InlineData("Fab\uFE0Frikam")]
    public void Names_that_differ_only_in_invisible_characters_are_duplicates(string lookAlike)
    {
        var diagnostics = Load(
            "  - {id: a, name: Fabrikam, tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d}\n" +
            $"  - {{id: b, name: \"{lookAlike}\", tenantId: 7e2b8a6c-4f3d-4c5b-9a0e-9d8c7b6a5f4e}}\n");

        var duplicate = Assert.Single(diagnostics);
        Assert.Equal("MSSP202", duplicate.Code);
        Assert.Contains("they differ only in invisible characters", duplicate.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fabrikam.com", true)]
    [InlineData("fabrikam.onmicrosoft.com", true)]
    [InlineData("xn--mller-kva.de", true)]
    [InlineData("https://fabrikam.com", false)]
    [InlineData("fabrikam.com/", false)]
    [InlineData("fabrikam", false)]
    [InlineData("fab_rikam.com", false)]
    [InlineData("-fabrikam.com", false)]
    [InlineData("müller.de", false)]
    public void Domains_must_be_DNS_names(string domain, bool valid)
    {
        var diagnostics = Load($"  - {{id: a, name: A, tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d, domain: '{domain}'}}\n");

        Assert.Equal(valid, !diagnostics.Any(d => d.Code == "MSSP211"));
    }

    private static IReadOnlyList<Diagnostic> Load(string customers) => RegistryLoader.Parse(Head + customers, "r.yaml").Diagnostics;
}
