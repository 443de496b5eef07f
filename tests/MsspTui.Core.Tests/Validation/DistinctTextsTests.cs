using CsCheck;
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

    [Fact]
    public void Two_characters_are_equal_ignoring_case_exactly_when_they_fold_to_the_same_one()
    {
        // Each character is equal ignoring case to the one it folds to, and no two characters that fold to themselves
        // are equal ignoring case: so a = b ignoring case => fold(a) = a = b = fold(b), and fold(a) = fold(b) => a = b.
        var notEqualToFold = new List<string>();
        var folded = new List<string>();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            char fold = DistinctTexts.FoldCase((char)c);
            if (!string.Equals(((char)c).ToString(), fold.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                notEqualToFold.Add($"U+{c:X4} -> U+{(int)fold:X4}");
            }

            if (fold == c)
            {
                folded.Add(fold.ToString());
            }
        }

        // Equal texts have equal hashes: only characters with the same hash can be equal.
        var equalFolds = folded
            .GroupBy(text => string.GetHashCode(text, StringComparison.OrdinalIgnoreCase))
            .SelectMany(group => group.SelectMany(a => group.Where(b => string.CompareOrdinal(a, b) < 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase)).Select(b => $"U+{(int)a[0]:X4} = U+{(int)b[0]:X4}")))
            .ToList();

        Assert.Empty(notEqualToFold);
        Assert.Empty(equalFolds);
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

    // Texts from a few characters, so that repeats (in any case) are common; non-ASCII among them, dotless ı too.
    private static readonly Gen<string[]> FewLetterTexts =
        Gen.String[Gen.Char["aAbBzZ-1éÉüÜıΣσςǅǄ\uD801\uDC28\uDC00"], 0, 4].Array[0, 400];

    [Fact]
    public void Two_readers_find_a_repeat_whenever_there_is_one_and_only_then_for_ascii_texts()
    {
        // Against a plain set that ignores case: every text split between two readers at a random point, grouped by
        // each (as CleanRegistryScan does) or not at all, then joined.
        Gen.Select(FewLetterTexts, Gen.Int[0, 400], Gen.Bool).Sample((texts, splitAt, grouped) =>
        {
            int split = Math.Min(splitAt, texts.Length);
            var first = new DistinctTexts(4);
            var second = new DistinctTexts(4);
            foreach (string text in texts[..split]) first.Add(text);
            foreach (string text in texts[split..]) second.Add(text);
            if (grouped)
            {
                first.GroupFor(texts.Length);
                second.GroupFor(texts.Length);
            }

            first.AddAll(second);

            bool repeated = texts.Distinct(StringComparer.OrdinalIgnoreCase).Count() < texts.Length;
            bool allAscii = texts.All(text => text.All(char.IsAscii));
            bool mayRepeat = first.MayRepeat();
            Assert.True(mayRepeat || !repeated, "a repeat not found");
            Assert.True(!mayRepeat || repeated || !allAscii, "a repeat found among different ASCII texts");
            Assert.All(texts, text => Assert.True(first.MayContain(text.ToUpperInvariant()), text));
            Assert.True(!allAscii || texts.Contains("zz-z", StringComparer.OrdinalIgnoreCase) || !first.MayContain("zz-z"));
        }, iter: 2000);
    }

    [Fact]
    public void A_repeat_across_two_grouped_readers_is_found_whichever_text_it_is()
    {
        // Texts different from each other, split between two readers, and one of the first reader's texts again (in
        // capitals) for the second: only the comparison across the readers can find it.
        Gen.Select(FewLetterTexts, Gen.Int[0, 400], Gen.Int[0, 400]).Sample((texts, splitAt, pick) =>
        {
            string[] distinct = texts.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            int split = Math.Min(splitAt, distinct.Length);
            var first = new DistinctTexts(4);
            var second = new DistinctTexts(4);
            foreach (string text in distinct[..split]) first.Add(text);
            foreach (string text in distinct[split..]) second.Add(text);
            if (split > 0)
            {
                second.Add(distinct[pick % split].ToUpperInvariant());
            }

            first.GroupFor(distinct.Length + 1);
            second.GroupFor(distinct.Length + 1);
            first.AddAll(second);

            Assert.Equal(split > 0 || distinct.Any(text => text.Contains('ı')), first.MayRepeat());
        }, iter: 2000);
    }
}
