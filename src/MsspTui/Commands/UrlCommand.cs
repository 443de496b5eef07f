using System.CommandLine;
using MsspTui.Cli;

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

            context.Out.WriteLine(url);
            return ExitCodes.Success;
        });
        return command;
    }
}
