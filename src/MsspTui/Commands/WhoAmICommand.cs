using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Core.Text;
using MsspTui.Drift;
using MsspTui.Graph;
using MsspTui.Graph.Auth;

namespace MsspTui.Commands;

/// <summary>whoami: who Graph calls are made as (ready token or signed-in account); exit 1 when nobody.</summary>
public static class WhoAmICommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("whoami", "Show who Microsoft Graph calls are made as");
        command.SetAction(async (result, cancellationToken) =>
        {
            if (SignInFactory.ProviderFor(result, context) is not { } provider)
            {
                return ExitCodes.Failure;
            }

            var url = GraphUrlResolver.Resolve(result.GetValue(context.Options.GraphUrl), context.Environment.GetVariable(GraphUrlResolver.Variable), provider.Cloud);
            if (url.Root is not { } root)
            {
                context.Error.WriteLine($"mssp-tui: {url.Error}");
                return ExitCodes.Failure;
            }

            if (GraphEnvironment.Token(context.Environment) is { } token)
            {
                var claims = TokenClaims.Read(token);
                context.Out.WriteLine($"token: from {StaticAccessTokenProvider.Variable} (no sign-in), sent only to {root.Host}");
                if (claims is not null)
                {
                    context.Out.WriteLine($"identity: {claims.User ?? "(unknown)"}");
                    context.Out.WriteLine($"tenant: {claims.TenantId ?? "(unknown)"}");
                    var expired = claims.ExpiresAt < context.Time.GetUtcNow() ? " (expired)" : "";
                    context.Out.WriteLine($"expires: {claims.ExpiresAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "(unknown)"}{expired}");
                }
                else
                {
                    context.Out.WriteLine("identity: (the token is not a readable JWT)");
                }

                return ExitCodes.Success;
            }

            var signIn = await MsalSignIn.CreateAsync(SignInFactory.Settings(provider, context));
            if (await signIn.CurrentAccountAsync() is not { } account)
            {
                context.Error.WriteLine($"mssp-tui: not signed in: run 'mssp-tui login' (or set {StaticAccessTokenProvider.Variable}).");
                context.Error.WriteLine($"mssp-tui: token cache: {signIn.Cache.Description}");
                return ExitCodes.Failure;
            }

            context.Out.WriteLine($"account: {VisibleText.Of(account.Username)}");
            context.Out.WriteLine($"tenant: {account.HomeAccountId?.TenantId ?? "(unknown)"}");
            context.Out.WriteLine($"authority: {signIn.Settings.Authority}");
            context.Out.WriteLine($"client id: {signIn.Settings.ClientId}");
            context.Out.WriteLine($"graph: {root}");
            context.Out.WriteLine($"token cache: {signIn.Cache.Description}");
            return ExitCodes.Success;
        });
        return command;
    }
}
