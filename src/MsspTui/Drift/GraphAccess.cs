using System.CommandLine;
using Microsoft.Identity.Client;
using MsspTui.Cli;
using MsspTui.Core.Registry;
using MsspTui.Core.Text;
using MsspTui.Graph;
using MsspTui.Graph.Auth;
using MsspTui.Graph.Discovery;

namespace MsspTui.Drift;

/// <summary>
/// Resolves where Graph is (--graph-url, MSSP_TUI_GRAPH_URL, the cloud's root) and which token to send:
/// MSSP_TUI_GRAPH_TOKEN when set (no MSAL at all), else the signed-in account. Prints why not and returns null.
/// </summary>
internal static class GraphAccess
{
    public static async Task<GraphConnection?> ConnectAsync(ParseResult result, CliContext context, Provider provider,
        CancellationToken cancellationToken)
    {
        var url = GraphUrlResolver.Resolve(result.GetValue(context.Options.GraphUrl),
            context.Environment.GetVariable(GraphUrlResolver.Variable), provider.Cloud);
        if (url.Root is not { } root)
        {
            context.Error.WriteLine($"mssp-tui: {url.Error}");
            return null;
        }

        if (GraphEnvironment.CallTimeout(context.Environment, DiscoverySettings.Default.CallTimeout, out string? timeoutError) is not { } callTimeout)
        {
            context.Error.WriteLine($"mssp-tui: {timeoutError}");
            return null;
        }

        if (GraphEnvironment.Token(context.Environment) is { } token)
        {
            return new GraphConnection(root, new StaticAccessTokenProvider(token, root.Host), StaticAccessTokenProvider.Variable, callTimeout);
        }

        var signIn = await MsalSignIn.CreateAsync(SignInFactory.Settings(provider, context)).ConfigureAwait(false);
        AuthenticationResult? signedIn;
        try
        {
            signedIn = await signIn.AcquireSilentAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            context.Error.WriteLine($"mssp-tui: cannot renew the Microsoft sign-in: {Unreachable(e)}");
            return null;
        }
        catch (MsalException e) when (!cancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine($"mssp-tui: cannot renew the Microsoft sign-in: {e.Message.Split('\n')[0]}; run 'mssp-tui login' again.");
            return null;
        }

        if (signedIn is null)
        {
            context.Error.WriteLine(
                $"mssp-tui: not signed in to Microsoft Graph: run 'mssp-tui login', or set {StaticAccessTokenProvider.Variable} to a ready token " +
                "(e.g. az account get-access-token --resource-type ms-graph --query accessToken -o tsv).");
            if (!signIn.Cache.Persisted)
            {
                context.Error.WriteLine($"mssp-tui: token cache: {signIn.Cache.Description}");
            }

            return null;
        }

        return new GraphConnection(root, new MsalAccessTokenProvider(signIn, root.Host), $"signed in as {VisibleText.Of(signedIn.Account.Username)}", callTimeout);
    }

    /// <summary>Why Microsoft sign-in could not be reached (no network, DNS, a proxy), and what to check.</summary>
    public static string Unreachable(HttpRequestException e) =>
        $"Microsoft sign-in cannot be reached ({e.Message}); check the network connection and proxy settings (HTTPS_PROXY).";
}
