using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

public sealed class DistinctTextsTests
{
    [Fact]
    public void No_character_outside_ascii_equals_an_ascii_character_ignoring_case()
    {
        // What DistinctTexts relies on to keep ASCII and other texts apart (invariant globalization, as the product runs).
        var equal = new List<string>();
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            string other = ((char)c).ToString();
            for (char ascii = '\0'; ascii < 0x80; ascii++)
            {
                if (string.Equals(other, ascii.ToString(), StringComparison.OrdinalIgnoreCase) && c is not (0x131 or 0x17F))
                {
                    equal.Add($"U+{c:X4} = '{ascii}'");
                }
            }
        }

        Assert.Empty(equal);
    }

    [Theory]
    [InlineData("Fabrikam", "FABRIKAM", true)]
    [InlineData("Fabrikam", "Fabrikam ", false)]
    [InlineData("Café", "CAFÉ", true)]
    [InlineData("Cafe", "Café", false)]
    [InlineData("straße", "STRASSE", false)]
    [InlineData("ıd", "ID", true)]
    public void Two_texts_may_repeat_exactly_when_they_are_equal_ignoring_case(string first, string second, bool repeated)
    {
        var texts = new DistinctTexts(4);
        texts.Add(first);
        texts.Add(second);

        Assert.Equal(repeated, texts.MayRepeat());
    }

    [Fact]
    public void Texts_added_by_two_readers_are_compared_across_them()
    {
        var first = new DistinctTexts(4);
        var second = new DistinctTexts(4);
        first.Add("a");
        first.Add("Zürich");
        second.Add("b");
        second.Add("ZÜRICH");

        first.AddAll(second);

        Assert.True(first.MayRepeat());
        Assert.True(first.MayContain("B"));
        Assert.False(first.MayContain("c"));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("across")]
    [InlineData("within the first")]
    [InlineData("within the second")]
    public void Texts_grouped_by_two_readers_are_joined_without_losing_any(string repeat)
    {
        // Two readers' texts, each grouped alike on its own, then joined: a repeat within either or across both is
        // found, and every text can still be looked up.
        var first = new DistinctTexts(3000);
        var second = new DistinctTexts(3000);
        for (int i = 0; i < 3000; i++)
        {
            first.Add($"customer-{i}");
            second.Add($"customer-{i + 3000}");
        }

        switch (repeat)
        {
            case "across":
                second.Add("CUSTOMER-17");
                break;
            case "within the first":
                first.Add("Customer-2999");
                break;
            case "within the second":
                second.Add("customer-5999");
                break;
        }

        first.GroupFor(6000);
        second.GroupFor(6000);
        first.AddAll(second);

        Assert.Equal(repeat != "none", first.MayRepeat());
        Assert.All(Enumerable.Range(0, 6000), i => Assert.True(first.MayContain($"Customer-{i}"), $"customer-{i}"));
        Assert.False(first.MayContain("customer-6000"));
    }
}
