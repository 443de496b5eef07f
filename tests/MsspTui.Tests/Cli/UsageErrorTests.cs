using Xunit;

namespace MsspTui.Tests.Cli;

/// <summary>A mistyped command line is explained on stderr, with exit 1; stdout, which scripts read, stays empty.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("validate", "customers.yaml")]
    [InlineData("list", "--bogus")]
    [InlineData("valdate")]
    [InlineData("url")]
    [InlineData("list", "--tag", "--json")]
    [InlineData("url", "fab", "--portal", "-h")]
    [InlineData("list", "--registry", "--json")]
    public async Task A_usage_error_writes_only_to_stderr(params string[] args)
    {
        var cli = new CliRun();

        Assert.Equal(1, await cli.RunAsync(args));

        Assert.Equal(string.Empty, cli.Out);
        Assert.NotEqual(string.Empty, cli.Error.Trim());
    }

    [Theory]
    [InlineData("--output", "--json", "drift", "--output", "--json")]
    [InlineData("--output", "--sources", "discover", "-o", "--sources", "gdap")]
    [InlineData("--tag", "-t", "list", "--tag", "-t", "eu")]
    public async Task An_option_is_never_taken_as_the_value_another_option_needs(string option, string value, params string[] args)
    {
        var cli = new CliRun();

        Assert.Equal(1, await cli.RunAsync(args));

        Assert.Contains($"Option '{option}' needs a value, not '{value}'", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(value));
    }

    [Fact]
    public async Task A_typo_in_a_command_gets_a_suggestion()
    {
        var cli = new CliRun();

        await cli.RunAsync("valdate");

        Assert.Contains("validate", cli.Error, StringComparison.Ordinal);
    }
}
