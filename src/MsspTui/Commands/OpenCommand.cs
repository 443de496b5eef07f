using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Core.Text;
using MsspTui.Platform;

namespace MsspTui.Commands;

public static class OpenCommand
{
    public static Command Create(CliContext context)
    {
        var arguments = new CustomerArgument();
        var command = new Command("open", "Open a customer's portal in the browser ($BROWSER, else the system's)");
        arguments.AddTo(command);
        command.SetAction(result =>
        {
            if (PortalTargetLookup.Find(result, context, arguments) is not { Url: { } url } target)
            {
                return ExitCodes.Failure;
            }

            LaunchResult launch = context.Platform.Browser.Launch(url);
            if (launch.Launched)
            {
                context.Error.WriteLine($"Opening {VisibleText.Of(target.Title)}: {VisibleText.Of(url)}");
                return ExitCodes.Success;
            }

            // Whatever went wrong, the person still gets the URL to open by hand.
            context.Out.WriteLine(VisibleText.Of(url));
            context.Error.WriteLine($"mssp-tui: {VisibleText.OfNullable(launch.Problem)}");
            return launch.NoBrowser ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
