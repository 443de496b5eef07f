using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Core.Drift;
using MsspTui.Drift;

namespace MsspTui.Commands;

/// <summary>
/// drift [--format text|markdown|json] [--output FILE] [--expiring-within DAYS] [--sources LIST] [--discovery FILE]:
/// exit 0 in sync, 2 drift, 1 error or incomplete discovery.
/// </summary>
public static class DriftCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f") { Description = "Report format", DefaultValueFactory = _ => "text", HelpName = "text|markdown|json" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE (atomically) instead of stdout", HelpName = "FILE" };
        var expiring = new Option<int>("--expiring-within")
        {
            Description = "Report GDAP relationships ending within DAYS that do not auto-extend",
            DefaultValueFactory = _ => DriftOptions.DefaultExpiringWithinDays,
            HelpName = "DAYS",
        };
        var sources = new Option<string?>("--sources") { Description = "Comma-separated sources to query: gdap,dap,tenant-info (default all)", HelpName = "LIST" };
        var discovery = new Option<string?>("--discovery") { Description = "Use a saved discovery (from 'discover --output') instead of asking Graph", HelpName = "FILE" };
        var command = new Command("drift", "Compare the registry with what Microsoft Graph says the MSSP can reach");
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(expiring);
        command.Options.Add(sources);
        command.Options.Add(discovery);
        command.SetAction(async (result, cancellationToken) =>
        {
            var requested = DriftOptionValues.Sources(result.GetValue(sources), context.Error);
            if (requested is null || !DriftOptionValues.ExpiringWithin(result.GetValue(expiring), context.Error))
            {
                return ExitCodes.Failure;
            }

            if (RegistrySession.Load(result, context) is not { } registry)
            {
                return ExitCodes.Failure;
            }

            var file = result.GetValue(discovery);
            DiscoverySnapshot snapshot;
            if (file is not null)
            {
                try
                {
                    snapshot = DiscoverySnapshotFile.Read(Path.Combine(context.Environment.CurrentDirectory, file));
                }
                catch (DiscoverySnapshotException e)
                {
                    context.Error.WriteLine($"mssp-tui: {e.Message.Replace(Path.Combine(context.Environment.CurrentDirectory, file), file)}");
                    return ExitCodes.Failure;
                }
            }
            else
            {
                if (await GraphAccess.ConnectAsync(result, context, registry.Provider, cancellationToken) is not { } connection)
                {
                    return ExitCodes.Failure;
                }

                snapshot = await LiveDiscovery.RunAsync(context, connection, registry, requested, cancellationToken);
            }

            // A report is judged as of its discovery: a saved one stays stable and honest about its age.
            var report = DriftAnalyzer.Analyze(
                registry with { SourcePath = DisplayPath(context, registry.SourcePath) },
                snapshot,
                snapshot.GeneratedAt,
                new DriftOptions { ExpiringWithinDays = result.GetValue(expiring), Sources = requested });
            var view = new DriftReportView(report, file, context.Time.GetUtcNow());
            var path = result.GetValue(output);
            Action<TextWriter> render = result.GetValue(format) switch
            {
                "json" => writer => DriftReportJson.Write(report, writer),
                "markdown" => writer => DriftMarkdownRenderer.Render(view, writer),
                _ => writer => DriftTextRenderer.Render(view, path is null && context.Options.UseColor(result, context), writer),
            };
            if (!OutputTarget.Write(context, path, render))
            {
                return ExitCodes.Failure;
            }

            if (path is not null)
            {
                context.Error.WriteLine($"mssp-tui: wrote {path}: {view.Headline}");
            }

            return report.ExitCode;
        });
        return command;
    }

    private static string DisplayPath(CliContext context, string path)
    {
        var relative = Path.GetRelativePath(context.Environment.CurrentDirectory, Path.GetFullPath(path, context.Environment.CurrentDirectory));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
