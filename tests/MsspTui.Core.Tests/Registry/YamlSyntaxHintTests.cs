using MsspTui.Core.Registry;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

/// <summary>The mistakes people make editing YAML by hand, reported where they are, in their words, with the fix.</summary>
public sealed class YamlSyntaxHintTests
{
    private const string Head = "schemaVersion: 1\nprovider:\n  name: P\n  tenantId: 5c0f6e4a-2d1b-4a3f-9e8c-7b6a5f4e3d2c\ncustomers:\n";

    [Theory]
    [InlineData("  - id: a\n\tname: A\n", 7, 1, "a tab indents this line")]
    [InlineData("\t- id: a\n\t  name: A\n", 6, 1, "a tab indents this line")]
    [InlineData("  - id: a\n    name: \"A\n    tenantId: x\n", 7, 11, "this quoted value is not closed on its line")]
    [InlineData("  - id: a\n    tags: [a, b\n    name: A\n", 7, 11, "this '[' is not closed")]
    [InlineData("  - id: a\n    name: A\n    x: {a: 1\n", 8, 8, "this '{' is not closed")]
    [InlineData("  - id: a\n    name: 'it's'\n", 7, 15, "an apostrophe inside a '…' value ends it")]
    [InlineData("  - id: a\n    name: A: B\n", 7, 12, "this value holds ': '")]
    [InlineData("  - id: a\n    name: A\n      tenantId: x\n", 8, 15, "this line is indented deeper than the field before it")]
    [InlineData("  - id: a\n  name: A\n", 7, 3, "this line is indented like the list's items but does not start with '- '")]
    [InlineData("  - id: a\n    name: A\n  - id b\n    name: B\n", 9, 9, "YAML reads this line as more of the text on the line above")]
    [InlineData("  - id: a\n    name: A\n    tenantId c4ada276-9389-472c-8154-a173920c2f89\n", 8, 5, "this line has no ':' after its field name")]
    public void Common_mistakes_are_explained_where_they_are(string customers, int line, int column, string explanation)
    {
        var diagnostic = Assert.Single(RegistryLoader.Parse(Head + customers, "customers.yaml").Diagnostics);

        Assert.Equal("MSSP005", diagnostic.Code);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith(explanation, diagnostic.Message);
        Assert.Contains("(YAML parser: ", diagnostic.Message);
    }

    [Fact]
    public void A_bracket_inside_plain_text_is_not_blamed()
    {
        var diagnostic = Assert.Single(RegistryLoader.Parse(
            "schemaVersion: 1\nprovider:\n  name: P [EU\n  tenantId: 5c0f6e4a-2d1b-4a3f-9e8c-7b6a5f4e3d2c\ncustomers:\n  - id: a\n  name: A\n",
            "customers.yaml").Diagnostics);

        Assert.DoesNotContain("'[' is not closed", diagnostic.Message);
        Assert.Equal(7, diagnostic.Line);
    }
}
