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
    public void Secrets_are_still_found(string value) => Assert.NotNull(SecretDetector.DescribeSecretValue(value));

    [Fact]
    public void A_tenant_id_is_no_secret() => Assert.Null(SecretDetector.DescribeSecretValue("6f460c1a-755d-48e4-ad67-65d5f519dbc8"));
}
