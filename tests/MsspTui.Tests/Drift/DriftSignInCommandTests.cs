using System.Text;
using Xunit;

namespace MsspTui.Tests.Drift;

/// <summary>whoami, logout and login paths that need no Microsoft service: ready token, not signed in, bad URL.</summary>
public sealed class DriftSignInCommandTests
{
    private readonly DriftCli cli = new();

    private static string Jwt(string payload) =>
        $"{Base64Url("{\"alg\":\"none\"}")}.{Base64Url(payload)}.c2lnbmF0dXJl";

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public async Task Whoami_with_a_ready_token_shows_who_it_is_for_and_never_the_token()
    {
        var token = Jwt("{\"upn\":\"analyst@northwind.example\",\"tid\":\"4f707437-aee2-4054-9ac5-c95347b8687c\",\"exp\":1795000000}");
        cli.Environment["MSSP_TUI_GRAPH_TOKEN"] = token;

        Assert.Equal(0, await cli.RunAsync("whoami"));

        Assert.Contains("token: from MSSP_TUI_GRAPH_TOKEN (no sign-in), sent only to graph.microsoft.com", cli.Out);
        Assert.Contains("identity: analyst@northwind.example", cli.Out);
        Assert.Contains("tenant: 4f707437-aee2-4054-9ac5-c95347b8687c", cli.Out);
        Assert.Contains("expires: 2026-11-18 11:06 UTC (expired)", cli.Out);
        Assert.DoesNotContain(token, cli.Out + cli.Error);
    }

    [Fact]
    public async Task Whoami_with_an_opaque_token_still_succeeds()
    {
        cli.Environment["MSSP_TUI_GRAPH_TOKEN"] = "opaque-token";

        Assert.Equal(0, await cli.RunAsync("whoami", "--graph-url", "http://127.0.0.1:5999"));

        Assert.Contains("sent only to 127.0.0.1", cli.Out);
        Assert.Contains("not a readable JWT", cli.Out);
        Assert.DoesNotContain("opaque-token", cli.Out);
    }

    [Fact]
    public async Task Whoami_when_not_signed_in_exits_1_and_says_what_to_do()
    {
        Assert.Equal(1, await cli.RunAsync("whoami"));

        Assert.Contains("not signed in: run 'mssp-tui login'", cli.Error);
        Assert.Contains("token cache: in memory only (MSSP_TUI_TOKEN_CACHE=memory)", cli.Error);
    }

    [Fact]
    public async Task Logout_when_not_signed_in_is_fine()
    {
        Assert.Equal(0, await cli.RunAsync("logout"));

        Assert.Contains("not signed in; nothing to remove", cli.Error);
    }

    [Fact]
    public async Task Whoami_rejects_a_bad_graph_url()
    {
        cli.Environment["MSSP_TUI_GRAPH_URL"] = "ftp://graph.example";

        Assert.Equal(1, await cli.RunAsync("whoami"));

        Assert.Contains("MSSP_TUI_GRAPH_URL: 'ftp://graph.example' is not an absolute http(s) URL", cli.Error);
    }
}
