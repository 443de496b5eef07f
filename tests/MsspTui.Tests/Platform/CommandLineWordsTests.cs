using MsspTui.Platform;
using Xunit;

namespace MsspTui.Tests.Platform;

public sealed class CommandLineWordsTests
{
    [Theory]
    [InlineData("firefox", new[] { "firefox" })]
    [InlineData("  firefox   --new-window ", new[] { "firefox", "--new-window" })]
    [InlineData("'/opt/My Browser/run' -x", new[] { "/opt/My Browser/run", "-x" })]
    [InlineData("\"C:\\Program Files\\b.exe\" --a", new[] { "C:\\Program Files\\b.exe", "--a" })]
    [InlineData("a\\ b c", new[] { "a b", "c" })]
    [InlineData("echo $HOME; rm -rf /", new[] { "echo", "$HOME;", "rm", "-rf", "/" })]
    [InlineData("x''y \"\"", new[] { "xy", "" })]
    public void Splits_like_a_shell_without_expanding(string line, string[] expected) =>
        Assert.Equal(expected, CommandLineWords.Split(line));

    [Theory]
    [InlineData("'open")]
    [InlineData("\"open")]
    public void Unbalanced_quotes_are_refused(string line) => Assert.Null(CommandLineWords.Split(line));
}
