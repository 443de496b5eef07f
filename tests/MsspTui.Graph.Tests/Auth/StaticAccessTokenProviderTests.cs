using MsspTui.Graph.Auth;
using Xunit;

namespace MsspTui.Graph.Tests.Auth;

public sealed class StaticAccessTokenProviderTests
{
    [Fact]
    public async Task Hands_the_token_only_to_the_graph_host_in_use()
    {
        var provider = new StaticAccessTokenProvider("secret-token", "graph.microsoft.com");

        Assert.Equal("secret-token", await provider.GetAuthorizationTokenAsync(new Uri("https://graph.microsoft.com/v1.0/contracts")));
        Assert.Equal("", await provider.GetAuthorizationTokenAsync(new Uri("https://evil.example/v1.0/contracts")));
        Assert.Equal("", await provider.GetAuthorizationTokenAsync(new Uri("https://graph.microsoft.com.evil.example/")));
        Assert.DoesNotContain("secret-token", provider.ToString());
    }

    [Fact]
    public void Token_claims_are_read_without_verifying_and_bad_tokens_give_null()
    {
        static string Part(string s) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var claims = TokenClaims.Read($"{Part("{}")}.{Part("{\"app_displayname\":\"pipeline\",\"tid\":\"t\",\"aud\":\"https://graph.microsoft.com\"}")}.x");

        Assert.Equal(new TokenClaims("pipeline", "t", null, "https://graph.microsoft.com"), claims);
        Assert.Null(TokenClaims.Read("not-a-jwt"));
        Assert.Null(TokenClaims.Read("a.!!!.c"));

        // Whoever made the token chose its texts; whoami prints them, so they come without control characters.
        var hostile = TokenClaims.Read($"{Part("{}")}.{Part("{\"upn\":\"\\u001b[2Jevil@example.com\",\"tid\":\"\\u0007t\"}")}.x");
        Assert.Equal("␛[2Jevil@example.com", hostile!.User);
        Assert.Equal("␇t", hostile.TenantId);
    }

    [Theory]
    [InlineData("{\"exp\":\"soon\",\"tid\":\"t\"}", "t")]
    [InlineData("{\"exp\":1e300,\"tid\":\"t\"}", "t")]
    [InlineData("{\"exp\":-99999999999999,\"tid\":\"t\"}", "t")]
    [InlineData("[\"x\"]", null)]
    [InlineData("\"just text\"", null)]
    public void Claims_of_unexpected_types_are_left_out_instead_of_failing(string payload, string? tenant)
    {
        static string Part(string s) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var claims = TokenClaims.Read($"{Part("{}")}.{Part(payload)}.x");

        Assert.Equal(tenant, claims?.TenantId);
        Assert.Null(claims?.ExpiresAt);
    }

    [Theory]
    [InlineData(null, null, null, false)]
    [InlineData(":0", null, null, true)]
    [InlineData(null, "wayland-0", null, true)]
    [InlineData(":0", null, "10.0.0.1 5555 10.0.0.2 22", false)]
    public void Browser_is_used_only_with_a_display_and_not_over_ssh(string? display, string? wayland, string? ssh, bool expected)
    {
        var variables = new Dictionary<string, string?> { ["DISPLAY"] = display, ["WAYLAND_DISPLAY"] = wayland, ["SSH_CONNECTION"] = ssh };

        Assert.Equal(expected, BrowserAvailability.CanOpenBrowser(name => variables.GetValueOrDefault(name)));
    }
}
