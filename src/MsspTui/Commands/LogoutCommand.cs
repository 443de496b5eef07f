using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Drift;
using MsspTui.Graph.Auth;

namespace MsspTui.Commands;

/// <summary>logout: removes every signed-in account from the token cache.</summary>
public static class LogoutCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("logout", "Sign out: remove cached Microsoft tokens");
        command.SetAction(async (result, _) =>
        {
            if (SignInFactory.ProviderFor(result, context) is not { } provider)
            {
                return ExitCodes.Failure;
            }

            var signIn = await MsalSignIn.CreateAsync(SignInFactory.Settings(provider, context));
            var removed = await signIn.LogoutAsync();
            context.Error.WriteLine(removed == 0 ? "mssp-tui: not signed in; nothing to remove." : $"mssp-tui: signed out ({DriftReportView.Plural(removed, "account")} removed).");
            return ExitCodes.Success;
        });
        return command;
    }
}
