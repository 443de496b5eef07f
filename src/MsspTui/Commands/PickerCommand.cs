using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Drift;
using MsspTui.Picker;

namespace MsspTui.Commands;

/// <summary>`mssp-tui` with no command: the full-screen picker on the resolved registry.</summary>
public static class PickerCommand
{
    public static void AttachTo(RootCommand root, CliContext context)
    {
        var discovery = new Option<string?>("--discovery")
        {
            Description = "Show drift from this saved discovery (from `discover --output`) instead of the latest one",
            HelpName = "FILE",
        };
        root.Options.Add(discovery);
        root.SetAction(result =>
        {
            if (!context.StdoutIsTerminal)
            {
                context.Error.WriteLine("mssp-tui: the picker needs a terminal; to script, use `mssp-tui list` or `mssp-tui url CUSTOMER`.");
                return ExitCodes.Failure;
            }

            StartupTrace.Mark("command line parsed");
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

            var options = new PickerOptions(registry, context.Platform, PickerDriftSource.Create(context, result, registry, result.GetValue(discovery)), context.Time, noColor);
            return PickerApp.Run(options, context.Out);
        });
    }
}
