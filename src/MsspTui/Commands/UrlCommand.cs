using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Core.Text;

namespace MsspTui.Commands;

public static class UrlCommand
{
    public static Command Create(CliContext context)
    {
        var arguments = new CustomerArgument();
        var command = new Command("url", "Print a customer's portal URL (one line)");
        arguments.AddTo(command);
        command.SetAction(result =>
        {
            if (PortalTargetLookup.Find(result, context, arguments) is not { Url: { } url })
            {
                return ExitCodes.Failure;
            }

            // Printed for people and for $(…): a control character from the registry must not act on the terminal.
            context.Out.WriteLine(VisibleText.Of(url));
            return ExitCodes.Success;
        });
        return command;
    }
}
