using CsCheck;
using MsspTui.Core.Text;
using Xunit;

namespace MsspTui.Core.Tests.Text;

public sealed class TrimmingTests
{
    [Fact]
    public void Printable_ascii_is_trimmed_as_the_library_trims_it() =>
        Gen.String[Gen.Char[' ', '~'], 0, 12].Sample(text => Trimming.Trim(text, printableAscii: true).SequenceEqual(text.AsSpan().Trim()), iter: 20_000);

    [Theory]
    [InlineData("\u00A0x\u2003")]
    [InlineData("\tx\n")]
    [InlineData(" x ")]
    public void Other_text_is_trimmed_of_all_white_space(string text) =>
        Assert.Equal("x", Trimming.Trim(text, printableAscii: false).ToString());
}
