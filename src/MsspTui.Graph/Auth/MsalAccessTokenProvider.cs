using Microsoft.Kiota.Abstractions.Authentication;

namespace MsspTui.Graph.Auth;

/// <summary>Tokens from the signed-in account, silently refreshed; only ever handed out for the Graph host in use.</summary>
public sealed class MsalAccessTokenProvider(MsalSignIn signIn, string graphHost) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([graphHost]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        var result = await signIn.AcquireSilentAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("not signed in (or the sign-in expired): run 'mssp-tui login'");
        return result.AccessToken;
    }
}
