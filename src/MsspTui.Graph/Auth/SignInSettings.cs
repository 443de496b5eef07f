using Microsoft.Identity.Client;
using MsspTui.Core.Registry;

namespace MsspTui.Graph.Auth;

/// <summary>
/// Everything sign-in needs: the cloud and MSSP tenant (authority), the public client id, where the cache lives and
/// whether a file is allowed. <see cref="HttpClientFactory"/> lets tests answer MSAL's HTTP calls.
/// </summary>
public sealed record SignInSettings(Cloud Cloud, string? TenantId, string ClientId, string CacheDirectory, TokenCacheMode CacheMode)
{
    public const string DefaultClientId = "14d82eec-204b-4c2f-b7e8-296a70dab67e";
    public const string CacheVariable = "MSSP_TUI_TOKEN_CACHE";
    public const string CacheFileName = "msal-token-cache.bin";

    public IMsalHttpClientFactory? HttpClientFactory { get; init; }

    public string Authority => $"https://{GraphEndpoints.AuthorityHost(Cloud)}/{(string.IsNullOrWhiteSpace(TenantId) ? "organizations" : TenantId)}";

    public static SignInSettings For(Provider provider, string cacheDirectory, string? cacheVariable) => new(
        provider.Cloud,
        provider.TenantId,
        string.IsNullOrWhiteSpace(provider.ClientId) ? DefaultClientId : provider.ClientId,
        cacheDirectory,
        cacheVariable?.Trim().ToLowerInvariant() switch
        {
            "file" => TokenCacheMode.FileOptIn,
            "memory" => TokenCacheMode.Memory,
            _ => TokenCacheMode.SecretStore,
        });
}
