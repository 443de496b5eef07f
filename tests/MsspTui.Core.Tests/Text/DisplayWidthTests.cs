using System.Text;
using CsCheck;
using MsspTui.Core.Text;
using Xunit;

namespace MsspTui.Core.Tests.Text;

public sealed class DisplayWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Fabrikam, Inc.", 14)]
    [InlineData("桜商事株式会社", 14)]
    [InlineData("Cafe\u0301", 4)]
    [InlineData("a\u200Db", 2)]
    [InlineData("\U0001F600 SOC", 6)]
    [InlineData("Rocket \U0001F680 Labs", 14)]
    [InlineData("\u26A1 Power", 8)]
    [InlineData("\u2705 ok", 5)]
    [InlineData("\U0001FAE0", 2)]
    public void Counts_terminal_columns(string text, int columns) => Assert.Equal(columns, DisplayWidth.Of(text));

    [Fact]
    public void The_whole_string_is_the_sum_of_its_runes_whatever_it_holds()
    {
        // The printable-ASCII shortcut must agree with measuring rune by rune.
        Gen.OneOf(Gen.Char['\0', '\u007F'], Gen.Char, Gen.Const('桜'), Gen.Const('\u0301'), Gen.Const('\u00A0'))
            .Array[0, 40]
            .Select(chars => new string(chars))
            .Sample(text =>
            {
                int expected = 0;
                foreach (Rune rune in text.EnumerateRunes())
                {
                    expected += DisplayWidth.Of(rune);
                }

                return DisplayWidth.Of(text) == expected;
            });
    }
}
