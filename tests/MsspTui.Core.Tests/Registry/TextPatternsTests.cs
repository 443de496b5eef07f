using System.Text.RegularExpressions;
using CsCheck;
using MsspTui.Core.Registry.Shape;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

/// <summary>The hand-written matchers must agree with the regular expressions they replace, on every input.</summary>
public sealed class TextPatternsTests
{
    // Characters that matter to the three patterns, plus a few that must never match (those just outside the ranges
    // of digits and letters among them: / : @ G ` g, and one whose low byte is a hexadecimal digit: š).
    private const string Alphabet = "0123456789abcdefABCDEFxzXZ-.-.\n _é/:@G`gš";

    private static readonly Gen<string> Random = Gen.String[Gen.Char[Alphabet], 0, 70];

    // Near misses: a valid GUID, id or domain with one character changed, removed or added.
    private static Gen<string> Mutated(params string[] valid) => NearMisses.Of(Alphabet, valid);

    [Fact]
    public void IsGuid_equals_the_guid_pattern() =>
        Gen.OneOf(Random, Mutated("6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d", "ABCDEF01-2345-6789-ABCD-EF0123456789"))
            .Sample(text => TextPatterns.IsGuid(text) == WholeMatch(StructureChecker.GuidPattern(), text), iter: 20_000);

    [Fact]
    public void IsCustomerId_equals_the_id_pattern() =>
        Gen.OneOf(Random, Mutated("contoso", "c000001-fabrikam", "a", new string('a', 63)))
            .Sample(text => TextPatterns.IsCustomerId(text) == WholeMatch(StructureChecker.CustomerIdPattern(), text), iter: 20_000);

    [Fact]
    public void IsDomainName_equals_the_domain_pattern() =>
        Gen.OneOf(Random, Mutated("contoso.com", "c1.example.com", "xn--bcher-kva.example", "a-b.c-d.ef", new string('a', 63) + ".com"))
            .Sample(text => TextPatterns.IsDomainName(text) == WholeMatch(RegistryRules.DomainPattern(), text), iter: 20_000);

    [Theory]
    [InlineData("contoso.com", true)]
    [InlineData("CONTOSO.onmicrosoft.com", true)]
    [InlineData("contoso", false)]
    [InlineData("contoso.com.", false)]
    [InlineData("-contoso.com", false)]
    [InlineData("contoso.1com", false)]
    [InlineData("https://contoso.com", false)]
    [InlineData("contoso.com\n", false)]
    public void Domains(string text, bool expected) => Assert.Equal(expected, TextPatterns.IsDomainName(text));

    [Fact]
    public void Long_domains_are_refused_at_254_characters()
    {
        string label = new('a', 62);
        string domain = string.Join('.', label, label, label, new string('b', 60)) + ".com"; // 253 characters
        Assert.Equal(253, domain.Length);
        Assert.True(TextPatterns.IsDomainName(domain));
        Assert.False(TextPatterns.IsDomainName("a" + domain));
    }

    // .NET's `$` also matches before a final line break; the matchers (like the schema) take the whole string.
    private static bool WholeMatch(Regex pattern, string text) => pattern.IsMatch(text) && !text.EndsWith('\n');
}
