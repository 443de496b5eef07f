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
    public void Secrets_are_still_found(string value) => Assert.NotNull(SecretDetector.DescribeSecretValue(value));

    [Fact]
    public void A_tenant_id_is_no_secret() => Assert.Null(SecretDetector.DescribeSecretValue("6f460c1a-755d-48e4-ad67-65d5f519dbc8"));
}
