using System.CommandLine;
using MsspTui.Cli;

namespace MsspTui.Commands;

/// <summary>Every command of mssp-tui, in the order `--help` lists them.</summary>
public static class CommandCatalog
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("MsspTui: find a customer tenant in three keystrokes and open its Microsoft Defender portal.");
        context.Options.AddTo(root);
        PickerCommand.AttachTo(root, context);
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(UrlCommand.Create(context));
        root.Subcommands.Add(OpenCommand.Create(context));
        root.Subcommands.Add(PortalsCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(DriftCommand.Create(context));
        root.Subcommands.Add(DiscoverCommand.Create(context));
        root.Subcommands.Add(LoginCommand.Create(context));
        root.Subcommands.Add(LogoutCommand.Create(context));
        root.Subcommands.Add(WhoAmICommand.Create(context));
        OptionLikeArgument.RefuseAsOptionValues(root);
        return root;
    }
}
