using System.Text.Json;
using CsCheck;
using System.Text.RegularExpressions;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

public sealed class SchemaPatternsTests
{
    [Fact]
    public void Every_pattern_of_the_schema_is_compiled_ahead_of_time()
    {
        string[] patterns = PatternsIn(JsonDocument.Parse(RegistrySchema.Text()).RootElement).Distinct().ToArray();

        Assert.NotEmpty(patterns);
        Assert.All(patterns, pattern => Assert.True(SchemaPatterns.IsCompiled(pattern), $"add {pattern} to SchemaPatterns"));
    }

    [Theory]
    [InlineData("^[a-z0-9][a-z0-9-]{0,62}$", "contoso-1", "Contoso")]
    [InlineData(@"^https://\S+$", "https://x.example/a", "https://x y")]
    [InlineData("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$", "a.example", "-a.example")]
    public void A_compiled_pattern_matches_like_the_interpreter(string pattern, string matching, string notMatching)
    {
        var interpreted = new Regex(pattern, RegexOptions.CultureInvariant);

        Assert.Equal(interpreted.IsMatch(matching), SchemaPatterns.For(pattern).IsMatch(matching));
        Assert.Equal(interpreted.IsMatch(notMatching), SchemaPatterns.For(pattern).IsMatch(notMatching));
        Assert.NotEqual(SchemaPatterns.For(pattern).IsMatch(matching), SchemaPatterns.For(pattern).IsMatch(notMatching));
    }

    [Fact]
    public void Every_matcher_agrees_with_its_regex_on_text_without_line_breaks()
    {
        string[] patterns = PatternsIn(JsonDocument.Parse(RegistrySchema.Text()).RootElement).Distinct().ToArray();
        var text = Gen.OneOf(
            Gen.String[Gen.Char["0123456789abcdefABCDEFxz-. :/é"], 0, 40],
            Gen.Const("6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d"), Gen.Const("contoso-1"));
        foreach (string pattern in patterns)
        {
            var matcher = SchemaPatterns.MatcherFor(pattern);
            var regex = SchemaPatterns.For(pattern);
            text.Sample(t => matcher(t) == regex.IsMatch(t), iter: 5000);
        }
    }

    [Fact]
    public void A_pattern_not_listed_is_still_matched()
    {
        Assert.False(SchemaPatterns.IsCompiled("^x+$"));
        Assert.Matches(SchemaPatterns.For("^x+$"), "xx");
        Assert.DoesNotMatch(SchemaPatterns.For("^x+$"), "xy");
    }

    private static IEnumerable<string> PatternsIn(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "pattern" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }

                foreach (string nested in PatternsIn(property.Value))
                {
                    yield return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (string nested in PatternsIn(item))
                {
                    yield return nested;
                }
            }
        }
    }
}
