using MsspTui.Core.Registry;
using Xunit;

namespace MsspTui.Graph.Tests;

public sealed class GraphUrlResolverTests
{
    [Theory]
    [InlineData(Cloud.Global, "https://graph.microsoft.com/v1.0")]
    [InlineData(Cloud.UsGov, "https://graph.microsoft.com/v1.0")]
    [InlineData(Cloud.UsGovHigh, "https://graph.microsoft.us/v1.0")]
    [InlineData(Cloud.DoD, "https://dod-graph.microsoft.us/v1.0")]
    [InlineData(Cloud.China, "https://microsoftgraph.chinacloudapi.cn/v1.0")]
    public void Default_root_follows_the_providers_cloud(Cloud cloud, string expected)
    {
        Assert.Equal(expected, GraphUrlResolver.Resolve(null, null, cloud).BaseUrl);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5123/v1.0", "http://127.0.0.1:5123/v1.0")]
    [InlineData("http://localhost:5123/", "http://localhost:5123/v1.0")]
    [InlineData("http://[::1]:5123/beta/", "http://[::1]:5123/beta")]
    [InlineData("https://graph.microsoft.com", "https://graph.microsoft.com/v1.0")]
    public void Accepted_urls_are_normalised(string given, string expected)
    {
        Assert.Equal(expected, GraphUrlResolver.Resolve(given, null, Cloud.Global).BaseUrl);
    }

    [Theory]
    [InlineData("http://graph.example.com/v1.0", "plain http is allowed only for loopback hosts")]
    [InlineData("http://10.0.0.5/v1.0", "plain http is allowed only for loopback hosts")]
    [InlineData("graph.microsoft.com", "is not an absolute http(s) URL")]
    [InlineData("ftp://127.0.0.1/", "is not an absolute http(s) URL")]
    [InlineData("https://user:pw@graph.microsoft.com/v1.0", "must not carry user info")]
    [InlineData("https://graph.microsoft.com/v1.0?x=1", "must not carry user info, a query or a fragment")]
    public void Refused_urls_say_why(string given, string message)
    {
        var resolution = GraphUrlResolver.Resolve(given, null, Cloud.Global);

        Assert.Null(resolution.Root);
        Assert.StartsWith("--graph-url: ", resolution.Error);
        Assert.Contains(message, resolution.Error);
    }

    [Fact]
    public void Option_wins_over_the_environment_variable()
    {
        Assert.Equal("http://127.0.0.1:1/v1.0", GraphUrlResolver.Resolve("http://127.0.0.1:1/v1.0", "http://127.0.0.1:2/v1.0", Cloud.Global).BaseUrl);
        Assert.Equal("http://127.0.0.1:2/v1.0", GraphUrlResolver.Resolve(" ", "http://127.0.0.1:2/v1.0", Cloud.Global).BaseUrl);
        Assert.StartsWith("MSSP_TUI_GRAPH_URL: ", GraphUrlResolver.Resolve(null, "http://evil.example", Cloud.Global).Error);
    }
}
