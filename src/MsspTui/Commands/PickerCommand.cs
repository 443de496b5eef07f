using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Core.Registry;
using MsspTui.Picker;

namespace MsspTui.Commands;

/// <summary>`mssp-tui` with no command: the full-screen picker on the resolved registry.</summary>
public static class PickerCommand
{
    /// <summary>Where the lead wires real drift (saved discovery + Graph refresh); without it the picker shows none.</summary>
    public static Func<CliContext, ParseResult, CustomerRegistry, PickerDrift> DriftFactory { get; set; } =
        (_, _, _) => PickerDrift.None;

    public static void AttachTo(RootCommand root, CliContext context)
    {
        root.SetAction(result =>
        {
            if (!context.StdoutIsTerminal)
            {
                context.Error.WriteLine("mssp-tui: the picker needs a terminal; to script, use `mssp-tui list` or `mssp-tui url CUSTOMER`.");
                return ExitCodes.Failure;
            }

            if (RegistrySession.Load(result, context) is not { } registry)
            {
                return ExitCodes.Failure;
            }

            bool noColor = !context.Options.UseColor(result, context);
            if (noColor)
            {
                // Terminal.Gui reads NO_COLOR itself; --no-color must reach it the same way.
                Environment.SetEnvironmentVariable("NO_COLOR", "1");
            }

            var options = new PickerOptions(registry, context.Platform, DriftFactory(context, result, registry), context.Time, noColor);
            return PickerApp.Run(options);
        });
    }
}
