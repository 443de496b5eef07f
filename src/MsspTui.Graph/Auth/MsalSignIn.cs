using Microsoft.Identity.Client;

namespace MsspTui.Graph.Auth;

/// <summary>
/// Microsoft sign-in with MSAL as a public client: system browser (loopback redirect) or device code, silent refresh
/// from the cache, sign-out. Read-only scopes only (<see cref="GraphScopes"/>). Never prints a token.
/// </summary>
public sealed class MsalSignIn
{
    private static readonly TimeSpan InteractiveTimeout = TimeSpan.FromMinutes(5);

    private readonly IPublicClientApplication application;
    private readonly string[] scopes;

    private MsalSignIn(IPublicClientApplication application, SignInSettings settings, TokenCacheState cache)
    {
        this.application = application;
        Settings = settings;
        Cache = cache;
        scopes = GraphScopes.For(settings.Cloud);
    }

    public SignInSettings Settings { get; }

    public TokenCacheState Cache { get; }

    public static async Task<MsalSignIn> CreateAsync(SignInSettings settings)
    {
        var builder = PublicClientApplicationBuilder.Create(settings.ClientId)
            .WithAuthority(settings.Authority)
            .WithRedirectUri("http://localhost")
            .WithClientName("mssp-tui");
        if (settings.HttpClientFactory is { } factory)
        {
            builder = builder.WithHttpClientFactory(factory).WithInstanceDiscovery(false);
        }

        var application = builder.Build();
        var cache = await TokenCacheSetup.AttachAsync(application, settings).ConfigureAwait(false);
        return new MsalSignIn(application, settings, cache);
    }

    public async Task<IAccount?> CurrentAccountAsync() =>
        (await application.GetAccountsAsync().ConfigureAwait(false)).FirstOrDefault();

    /// <summary>A token from the cache (refreshed silently when needed), or null when the user must sign in.</summary>
    public async Task<AuthenticationResult?> AcquireSilentAsync(CancellationToken cancellationToken)
    {
        if (await CurrentAccountAsync().ConfigureAwait(false) is not { } account)
        {
            return null;
        }

        try
        {
            return await application.AcquireTokenSilent(scopes, account).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (MsalUiRequiredException)
        {
            return null;
        }
    }

    public async Task<AuthenticationResult> LoginWithBrowserAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(InteractiveTimeout);
        return await application.AcquireTokenInteractive(scopes)
            .WithUseEmbeddedWebView(false)
            .WithPrompt(Prompt.SelectAccount)
            .ExecuteAsync(limit.Token)
            .ConfigureAwait(false);
    }

    public async Task<AuthenticationResult> LoginWithDeviceCodeAsync(Func<string, Task> showInstructions, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(InteractiveTimeout * 3);
        return await application.AcquireTokenWithDeviceCode(scopes, code => showInstructions(code.Message))
            .ExecuteAsync(limit.Token)
            .ConfigureAwait(false);
    }

    /// <summary>Removes every account from the cache; returns how many were removed.</summary>
    public async Task<int> LogoutAsync()
    {
        var accounts = (await application.GetAccountsAsync().ConfigureAwait(false)).ToArray();
        foreach (var account in accounts)
        {
            await application.RemoveAsync(account).ConfigureAwait(false);
        }

        return accounts.Length;
    }
}
