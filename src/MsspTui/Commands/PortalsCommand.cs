using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Core.Portals;
using MsspTui.Core.Text;

namespace MsspTui.Commands;

public static class PortalsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("portals", "List portal names and their URL templates");
        command.SetAction(_ =>
        {
            int nameWidth = PortalCatalog.All.Max(p => p.Name.Length) + 2;
            int titleWidth = PortalCatalog.All.Max(p => DisplayWidth.Of(p.Title)) + 2;
            foreach (Portal portal in PortalCatalog.All)
            {
                context.Out.WriteLine($"{portal.Name.PadRight(nameWidth)}{DisplayWidth.PadRight(portal.Title, titleWidth)}{portal.UrlTemplate}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
