using CsCheck;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

/// <summary>
/// The fast path skips the schema's pattern for a field of printable ASCII when its own checks of the value imply it
/// (<see cref="CleanCustomers.ChecksImply"/>). Whenever it then calls a value clean, the schema must call it valid.
/// </summary>
public sealed class SchemaImplicationTests
{
    // Printable ASCII, weighted towards the characters of ids, GUIDs and domain names.
    private const string Alphabet = "0123456789abcdefABCDEFxzXZ-.-.- -_/:@G`g~!\"#$%&'()*+,;<=>?[\\]^{|}";

    private static readonly Gen<string> Random = Gen.String[Gen.Char[Alphabet], 0, 70];

    private static readonly string[] Valid =
        ["6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d", "ABCDEF01-2345-6789-ABCD-EF0123456789", "c000001-fabrikam", "contoso.com", "c1.example.com", "Contoso Ltd.", "a"];

    private static readonly Gen<string> Mutated = NearMisses.Of(Alphabet, Valid);

    [Fact]
    public void The_fields_of_the_shipped_schema_whose_pattern_is_implied() =>
        Assert.Equal(
            ["domain", "id", "name", "tenantId"],
            CleanCustomers.KnownFields.Where(f => f.SchemaImpliedInAscii).Select(f => f.Shape.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void A_value_called_clean_without_the_schema_check_is_valid_by_the_schema()
    {
        var fields = CleanCustomers.KnownFields.Where(f => f.SchemaImpliedInAscii).ToArray();
        Assert.NotEmpty(fields);
        Gen.Select(Gen.OneOf(Random, Mutated, Gen.Int[0, Valid.Length - 1].Select(k => Valid[k])), Gen.Int[0, fields.Length - 1])
            .Sample(
                (text, k) =>
                {
                    var customers = CleanCustomers.Create(16)!;
                    customers.Begin();
                    return !customers.Text(fields[k], text, new LineFacts(PrintableAscii: true, MaySpellSecret: true)) || fields[k].Schema.Text(text, printableAscii: true) == true;
                },
                iter: 50_000);
    }

    // The schema's check of a pattern is left unsure exactly when the text holds a character regex flavours read
    // differently: a line break, a control character other than \t \v \f \r, white space, a separator or a format
    // character (the definition, written out here once more).
    [Fact]
    public void A_pattern_is_left_unsure_exactly_for_the_characters_regex_flavours_disagree_on()
    {
        var name = CleanCustomers.KnownFields.Single(f => f.Shape.Name == "name");
        Gen.String[Gen.Char["ab ~\u007F\n\t\r\u0001\u0085\u00A0\u00ADéü\u0600\u200B\u2028\u3000\u3164東\uFEFF\uFFFB"], 1, 12].Sample(
            text => (name.Schema.Text(text) is null) == text.Any(c =>
                c == '\n' || (c < ' ' && c is not ('\t' or '\v' or '\f' or '\r')) ||
                (c >= '\u0080' && (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.SpaceSeparator
                    or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
                    or System.Globalization.UnicodeCategory.Format))),
            iter: 20_000);
    }

    [Fact]
    public void Only_printable_ascii_skips_the_schema_check()
    {
        // A no-break space is blank to .NET and not to every regex flavour's \S: the schema's check is left unsure.
        var name = CleanCustomers.KnownFields.Single(f => f.Shape.Name == "name");
        var customers = CleanCustomers.Create(16)!;
        customers.Begin();
        Assert.False(customers.Text(name, "\u00A0", LineFacts.Unknown));
    }
}
