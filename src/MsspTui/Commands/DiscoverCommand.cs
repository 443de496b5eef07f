using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Core.Drift;
using MsspTui.Drift;

namespace MsspTui.Commands;

/// <summary>
/// discover [--output FILE] [--sources LIST]: saves what Graph reports (the input of drift --discovery); also kept as
/// the latest discovery in the state directory. Exit 1 when a source failed (the file still records why).
/// </summary>
public static class DiscoverCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the discovery to FILE (atomically) instead of stdout", HelpName = "FILE" };
        var sources = new Option<string?>("--sources") { Description = "Comma-separated sources to query: gdap,dap,tenant-info (default all)", HelpName = "LIST" };
        var command = new Command("discover", "Save what Microsoft Graph reports (GDAP, DAP, tenant look-ups) for drift --discovery");
        command.Options.Add(output);
        command.Options.Add(sources);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (DriftOptionValues.Sources(result.GetValue(sources), context.Error) is not { } requested ||
                RegistrySession.Load(result, context) is not { } registry ||
                await GraphAccess.ConnectAsync(result, context, registry.Provider, cancellationToken) is not { } connection)
            {
                return ExitCodes.Failure;
            }

            var snapshot = await LiveDiscovery.RunAsync(context, connection, registry, requested, cancellationToken);
            var path = result.GetValue(output);
            if (!OutputTarget.Write(context, path, DiscoverySnapshotFile.Serialize(snapshot)))
            {
                return ExitCodes.Failure;
            }

            var failed = snapshot.Sources.Where(s => s.Status is SourceStatus.Failed or SourceStatus.Forbidden).ToArray();
            foreach (var source in failed)
            {
                context.Error.WriteLine($"mssp-tui: {source.Name.ToName()} {SnapshotNames.Status(source.Status)}: {MsspTui.Core.Text.VisibleText.OfNullable(source.Detail)}");
            }

            context.Error.WriteLine(
                $"mssp-tui: discovered {snapshot.Relationships.Count} GDAP relationships, {snapshot.Contracts.Count} DAP contracts, " +
                $"{snapshot.Tenants.Count} tenant look-ups{(path is null ? "" : $"; saved to {path}")}");
            return failed.Length == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
