using CsCheck;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

public sealed class SecretDetectorMarksTests
{
    [Fact]
    public void Every_literal_a_secret_pattern_needs_holds_one_of_the_marks_searched_for_first() =>
        Assert.All(SecretDetector.RequiredLiteralTexts, literal => Assert.True(literal.AsSpan().ContainsAny(SecretDetector.LiteralMarks), literal));

    [Theory]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlX3ZhbHVl")]
    [InlineData("abc8Q~abcdefghijklmnopqrstuvwxyz0123456")]
    [InlineData("Password=hunter22;AccountKey=abcdefgh")]
    [InlineData("ghp_abcdefghijklmnopqrstuvwxyz0123456789")]
    [InlineData("AKIAABCDEFGHIJKLMNOP in a note")]
    [InlineData("gho_abcdefghijklmnopqrstuvwxyz0123456789")]
    [InlineData("token ghs_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 here")]
    [InlineData("ghu_abcdefghijklmnopqrstuvwxyz0123456789")]
    [InlineData("ghr_abcdefghijklmnopqrstuvwxyz0123456789")]
    [InlineData("github_pat_11ABCDEFG0123456789abcdefghij")]
    [InlineData("xoxb-123456789012-abcdefghij")]
    [InlineData("slack xoxp-1234567890-abcdef")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----")]
    [InlineData("https://admin:hunter22@example.com/")]
    [InlineData("https://x.blob.core.windows.net/c?sv=2020&sig=abcdefghijklmnopqrstuvwxyz")]
    [InlineData("accountkey = abcdefghijklmnop")]
    [InlineData("Server=x;Pwd=hunter22secret")]
    public void Secrets_are_still_found(string value)
    {
        Assert.NotNull(SecretDetector.DescribeSecretValue(value));

        // The fast path searches a whole line's bytes once, and each value on it only when that finds something.
        Assert.True(SecretDetector.MaySpellSecret(System.Text.Encoding.UTF8.GetBytes($"    notes: \"Zürich {value}\"")), value);
    }

    [Fact]
    public void A_line_that_cannot_spell_a_secret_holds_none_of_the_literals() =>
        Gen.String[Gen.Char["xoxoxJ~G=@_KeyQABEGINé-. "], 0, 24].Sample(
            text => SecretDetector.MaySpellSecret(System.Text.Encoding.UTF8.GetBytes(text)) ||
                    !SecretDetector.RequiredLiteralTexts.Append(SecretDetector.CommonLiteral).Any(literal => text.Contains(literal, StringComparison.Ordinal)),
            iter: 20_000);

    [Fact]
    public void No_guid_can_spell_a_secret()
    {
        // What the fast path relies on for a GUID field (CleanCustomers.Field.ShapeRulesOutSecrets): no character a
        // GUID may hold is one a secret needs, so no text of them is searched.
        Assert.False(SecretDetector.MaySpellSecret("0123456789abcdefABCDEF-"u8));
        Assert.DoesNotContain(SecretDetector.CommonLiteral[0], "0123456789abcdefABCDEF-");
        Assert.All(CleanCustomers.KnownFields.Where(f => f.ShapeRulesOutSecrets), f => Assert.Equal(MsspTui.Core.Registry.Shape.FieldKind.Guid, f.Shape.Kind));
    }

    [Theory]
    [InlineData("    tenantId: 6f460c1a-755d-48e4-ad67-65d5f519dbc8")]
    [InlineData("  - id: c000001-fabrikam")]
    [InlineData("    name: \"Zürich Manufacturing 22 株式会社\"")]
    [InlineData("    domain: c1.example.com")]
    public void A_line_without_marks_cannot_spell_a_secret(string line) => Assert.False(SecretDetector.MaySpellSecret(System.Text.Encoding.UTF8.GetBytes(line)));

    [Fact]
    public void A_tenant_id_is_no_secret() => Assert.Null(SecretDetector.DescribeSecretValue("6f460c1a-755d-48e4-ad67-65d5f519dbc8"));
}
