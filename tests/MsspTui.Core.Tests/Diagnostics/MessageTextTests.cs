using MsspTui.Core.Diagnostics;
using Xunit;

namespace MsspTui.Core.Tests.Diagnostics;

public sealed class MessageTextTests
{
    [Theory]
    [InlineData("Contoso", "'Contoso'")]
    [InlineData("a\u001b[2Jb", "'a [2Jb'")]
    [InlineData("admin\u202Egnp.exe", "'admin gnp.exe'")]
    [InlineData("x\u2066y\u2069", "'x y '")]
    public void Quotes_without_control_or_bidirectional_characters(string value, string quoted) =>
        Assert.Equal(quoted, MessageText.Quote(value));

    [Fact]
    public void Long_values_are_cut_short() =>
        Assert.EndsWith("…'", MessageText.Quote(new string('a', 200)));
}
