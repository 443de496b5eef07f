using MsspTui.Picker;
using Xunit;

namespace MsspTui.Tests.Picker;

public sealed class BasicPaletteTests
{
    [Theory]
    [InlineData("xterm-16color", null, true)]
    [InlineData("rxvt-unicode-8color", null, true)]
    [InlineData("vt100", null, true)]
    [InlineData("screen", null, true)]
    [InlineData("linux", null, true)]
    [InlineData("screen", "truecolor", false)]
    [InlineData("xterm-256color", null, false)]
    [InlineData("tmux-256color", null, false)]
    [InlineData("xterm", null, false)]
    [InlineData("xterm-kitty", null, false)]
    [InlineData(null, null, false)]
    [InlineData("", null, false)]
    public void Terminals_that_name_themselves_8_or_16_colours_get_the_basic_palette(string? term, string? colorTerm, bool basic) =>
        Assert.Equal(basic, BasicPalette.IsAllTheTerminalHas(term, colorTerm));
}
