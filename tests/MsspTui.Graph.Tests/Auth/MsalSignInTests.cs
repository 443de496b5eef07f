using MsspTui.Core.Registry;
using MsspTui.Graph.Auth;
using Xunit;

namespace MsspTui.Graph.Tests.Auth;

/// <summary>MSAL through its HTTP factory seam: no request leaves the process.</summary>
public sealed class MsalSignInTests
{
    private readonly FakeIdentityHandler identity = new();

    private SignInSettings Settings(TokenCacheMode mode = TokenCacheMode.Memory, string? directory = null) =>
        SignInSettings.For(new Provider("MSSP", FakeIdentityHandler.TenantId, Cloud.Global, null),
                directory ?? Path.Combine(Path.GetTempPath(), "mssp-msal-" + Guid.NewGuid().ToString("N")),
                mode == TokenCacheMode.FileOptIn ? "file" : "memory")
            with { HttpClientFactory = identity };

    [Fact]
    public async Task Not_signed_in_needs_no_request_and_gives_no_account_or_token()
    {
        var signIn = await MsalSignIn.CreateAsync(Settings());

        Assert.Null(await signIn.CurrentAccountAsync());
        Assert.Null(await signIn.AcquireSilentAsync(CancellationToken.None));
        Assert.Equal(0, await signIn.LogoutAsync());
        Assert.Empty(identity.Requests);
        Assert.False(signIn.Cache.Persisted);
    }

    [Fact]
    public async Task Device_code_sign_in_asks_read_only_scopes_then_tokens_come_silently_from_the_cache()
    {
        var signIn = await MsalSignIn.CreateAsync(Settings());
        var shown = new List<string>();

        var result = await signIn.LoginWithDeviceCodeAsync(message => { shown.Add(message); return Task.CompletedTask; }, CancellationToken.None);

        Assert.Equal(FakeIdentityHandler.User, result.Account.Username);
        Assert.Contains("ABCD-EFGH", Assert.Single(shown));
        var deviceCode = Assert.Single(identity.Requests, r => r.Contains("/devicecode"));
        Assert.Contains($"/{FakeIdentityHandler.TenantId}/oauth2/v2.0/devicecode", deviceCode);
        Assert.Contains("client_id=14d82eec-204b-4c2f-b7e8-296a70dab67e", deviceCode);
        foreach (var scope in GraphScopes.Permissions)
        {
            Assert.Contains(Uri.EscapeDataString($"https://graph.microsoft.com/{scope}"), deviceCode);
        }

        Assert.DoesNotContain("ReadWrite", deviceCode);
        var requestsBefore = identity.Requests.Count;
        var silent = await signIn.AcquireSilentAsync(CancellationToken.None);
        Assert.Equal(FakeIdentityHandler.AccessToken, silent!.AccessToken);
        Assert.Equal(requestsBefore, identity.Requests.Count);

        var provider = new MsalAccessTokenProvider(signIn, "graph.microsoft.com");
        Assert.Equal(FakeIdentityHandler.AccessToken, await provider.GetAuthorizationTokenAsync(new Uri("https://graph.microsoft.com/v1.0/contracts")));
        Assert.Equal("", await provider.GetAuthorizationTokenAsync(new Uri("https://evil.example/")));

        Assert.Equal(1, await signIn.LogoutAsync());
        Assert.Null(await signIn.CurrentAccountAsync());
    }

    [Fact]
    public async Task Opted_in_file_cache_keeps_the_sign_in_for_the_next_process_readable_only_by_the_owner()
    {
        var directory = Directory.CreateTempSubdirectory("mssp-msal-file-").FullName;
        var first = await MsalSignIn.CreateAsync(Settings(TokenCacheMode.FileOptIn, directory));
        await first.LoginWithDeviceCodeAsync(_ => Task.CompletedTask, CancellationToken.None);

        var second = await MsalSignIn.CreateAsync(Settings(TokenCacheMode.FileOptIn, directory));

        Assert.True(second.Cache.Persisted);
        Assert.Equal(FakeIdentityHandler.User, (await second.CurrentAccountAsync())?.Username);
        var file = Path.Combine(directory, SignInSettings.CacheFileName);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData(Cloud.Global, "https://login.microsoftonline.com/")]
    [InlineData(Cloud.UsGovHigh, "https://login.microsoftonline.us/")]
    [InlineData(Cloud.China, "https://login.chinacloudapi.cn/")]
    public void Authority_follows_the_cloud_and_the_provider_tenant(Cloud cloud, string host)
    {
        var settings = SignInSettings.For(new Provider("MSSP", FakeIdentityHandler.TenantId, cloud, "f9c98f06-09f5-442c-8cdf-70b1ee8d5c14"), "/tmp", null);

        Assert.Equal(host + FakeIdentityHandler.TenantId, settings.Authority);
        Assert.Equal("f9c98f06-09f5-442c-8cdf-70b1ee8d5c14", settings.ClientId);
        Assert.Equal(TokenCacheMode.SecretStore, settings.CacheMode);
    }
}
