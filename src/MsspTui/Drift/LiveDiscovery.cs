using System.Globalization;
using MsspTui.Cli;
using MsspTui.Core.Drift;
using MsspTui.Core.Registry;
using MsspTui.Graph;
using MsspTui.Graph.Discovery;

namespace MsspTui.Drift;

/// <summary>Runs discovery against Graph for the registry's customers and keeps the result as the picker's latest discovery.</summary>
internal static class LiveDiscovery
{
    public const string TimeoutVariable = "MSSP_TUI_GRAPH_TIMEOUT";

    public static async Task<DiscoverySnapshot> RunAsync(CliContext context, GraphConnection connection, CustomerRegistry registry,
        IReadOnlySet<DiscoverySource> sources, CancellationToken cancellationToken)
    {
        var settings = DiscoverySettings.Default;
        if (double.TryParse(context.Environment.GetVariable(TimeoutVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            settings = settings with { CallTimeout = TimeSpan.FromSeconds(seconds) };
        }

        context.Error.WriteLine(
            $"mssp-tui: asking {connection.Root.Host} ({connection.Via}) about {DriftReportView.Plural(registry.Customers.Count, "customer")}; " +
            $"sources: {string.Join(", ", DiscoverySourceNames.All.Where(sources.Contains).Select(s => s.ToName()))}");
        var client = GraphClientBuilder.Create(connection.Root.GetLeftPart(UriPartial.Path).TrimEnd('/'), connection.Tokens, settings.MaxRetryAfter);
        var discovery = new GraphDiscovery(client, connection.Root, settings, context.Time);
        var snapshot = await discovery.DiscoverAsync(registry.Customers.Select(c => c.TenantId).ToArray(), sources, cancellationToken)
            .ConfigureAwait(false);
        SaveLatest(context, snapshot);
        return snapshot;
    }

    public static string LatestPath(CliContext context) => Path.Combine(context.Platform.StateDirectory, "discovery.json");

    /// <summary>Best effort: the picker shows drift from it; failing to save must not fail the command.</summary>
    private static void SaveLatest(CliContext context, DiscoverySnapshot snapshot)
    {
        try
        {
            DiscoverySnapshotFile.Write(snapshot, LatestPath(context));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"mssp-tui: warning: could not save the latest discovery to {LatestPath(context)}: {e.Message}");
        }
    }
}
