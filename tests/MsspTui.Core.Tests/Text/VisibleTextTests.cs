using CsCheck;
using MsspTui.Core.Text;
using Xunit;

namespace MsspTui.Core.Tests.Text;

public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("Fabrikam\u001b]0;title\u0007", "Fabrikam␛]0;title␇")]
    [InlineData("a\u001b[2Jb", "a␛[2Jb")]
    [InlineData("line\nbreak\ttab\r", "line␊break␉tab␍")]
    [InlineData("nul\0 del\u007f", "nul␀ del␡")]
    [InlineData("c1\u009b31m", "c1\uFFFD31m")]
    [InlineData("\u202Eevil\u2066x\u2069", "\uFFFDevil\uFFFDx\uFFFD")]
    public void Control_characters_and_direction_overrides_become_visible_symbols(string text, string expected) =>
        Assert.Equal(expected, VisibleText.Of(text));

    [Fact]
    public void Text_without_them_is_returned_as_it_is() =>
        Gen.String[Gen.Char["abcXYZ 019-_.,:;'\"()&éü桜😀\u00a0\u200b"], 0, 40].Sample(text => ReferenceEquals(text, VisibleText.Of(text)));

    [Fact]
    public void Nothing_a_terminal_obeys_survives() =>
        Gen.String.Sample(text => !VisibleText.Of(text).Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'));
}
