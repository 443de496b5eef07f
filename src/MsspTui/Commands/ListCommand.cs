using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Core.Registry;
using MsspTui.Core.Resolution;

namespace MsspTui.Commands;

public static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string?>("QUERY") { Description = "Show only customers matching these letters", Arity = ArgumentArity.ZeroOrOne };
        var tag = new Option<string[]>("--tag", "-t") { Description = "Show only customers with this tag (repeatable)", HelpName = "TAG" };
        var json = new Option<bool>("--json") { Description = "JSON for scripts" };
        var command = new Command("list", "List customers");
        OptionLikeArgument.Refuse(query);
        command.Arguments.Add(query);
        command.Options.Add(tag);
        command.Options.Add(json);
        command.SetAction(result =>
        {
            if (RegistrySession.Load(result, context) is not { } registry)
            {
                return ExitCodes.Failure;
            }

            List<Customer> customers = CustomerFilter
                .Apply(registry.InNameOrder(), result.GetValue(query), result.GetValue(tag) ?? [])
                .ToList();
            // One write per 64K characters, not per line (the console flushes on every write).
            using var output = new BufferedTextWriter(context.Out);
            if (result.GetValue(json))
            {
                CustomerListJson.Write(output, customers, registry.Defaults);
            }
            else
            {
                CustomerListTable.Write(output, customers);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
