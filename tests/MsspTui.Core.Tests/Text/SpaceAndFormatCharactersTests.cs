using System.Globalization;
using MsspTui.Core.Text;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Text;

public sealed class SpaceAndFormatCharactersTests
{
    // Every character above ASCII the ranges leave out is none of what the checks behind them look for, by this
    // runtime's Unicode tables (a newer Unicode that adds a format character elsewhere fails here).
    [Fact]
    public void No_character_outside_the_ranges_is_space_separator_format_or_invisible()
    {
        for (int code = 0x80; code <= 0xFFFF; code++)
        {
            char c = (char)code;
            if (SpaceAndFormatCharacters.MayBeOne(c))
            {
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            Assert.False(
                char.IsWhiteSpace(c) || category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format ||
                FirstOccurrence.IsInvisible(c),
                $"U+{code:X4}");
        }
    }

    [Theory]
    [InlineData('\u00A0')]
    [InlineData('\u200B')]
    [InlineData('\u3000')]
    [InlineData('\uFEFF')]
    [InlineData('\u3164')]
    public void Spaces_and_invisible_characters_are_inside(char c) => Assert.True(SpaceAndFormatCharacters.MayBeOne(c));
}
