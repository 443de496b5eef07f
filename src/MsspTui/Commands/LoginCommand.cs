using System.CommandLine;
using Microsoft.Identity.Client;
using MsspTui.Cli;
using MsspTui.Core.Text;
using MsspTui.Drift;
using MsspTui.Graph.Auth;

namespace MsspTui.Commands;

/// <summary>login [--device-code]: Microsoft sign-in (system browser where a display exists, else device code).</summary>
public static class LoginCommand
{
    public static Command Create(CliContext context)
    {
        var deviceCode = new Option<bool>("--device-code") { Description = "Sign in with a code on another device (no browser here)" };
        var command = new Command("login", "Sign in to Microsoft Graph (read-only permissions)");
        command.Options.Add(deviceCode);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (SignInFactory.ProviderFor(result, context) is not { } provider)
            {
                return ExitCodes.Failure;
            }

            if (GraphEnvironment.Token(context.Environment) is not null)
            {
                context.Error.WriteLine($"mssp-tui: note: {StaticAccessTokenProvider.Variable} is set, so drift and discover use it and not this sign-in.");
            }

            var signIn = await MsalSignIn.CreateAsync(SignInFactory.Settings(provider, context));
            var useBrowser = !result.GetValue(deviceCode) && BrowserAvailability.CanOpenBrowser(context.Environment.GetVariable);
            try
            {
                var signedIn = useBrowser
                    ? await signIn.LoginWithBrowserAsync(cancellationToken)
                    : await signIn.LoginWithDeviceCodeAsync(message =>
                    {
                        context.Error.WriteLine(message);
                        return Task.CompletedTask;
                    }, cancellationToken);
                context.Error.WriteLine($"mssp-tui: signed in as {VisibleText.Of(signedIn.Account.Username)} (tenant {VisibleText.Of(signedIn.TenantId)}).");
                context.Error.WriteLine($"mssp-tui: token cache: {signIn.Cache.Description}");
                return ExitCodes.Success;
            }
            catch (MsalException e) when (e is not MsalClientException { ErrorCode: "authentication_canceled" } || !cancellationToken.IsCancellationRequested)
            {
                context.Error.WriteLine($"mssp-tui: sign-in failed: {e.Message.Split('\n')[0]}");
                return ExitCodes.Failure;
            }
            catch (HttpRequestException e)
            {
                context.Error.WriteLine($"mssp-tui: sign-in failed: {GraphAccess.Unreachable(e)}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
