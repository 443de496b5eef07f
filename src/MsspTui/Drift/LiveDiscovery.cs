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
    public static async Task<DiscoverySnapshot> RunAsync(CliContext context, GraphConnection connection, CustomerRegistry registry,
        IReadOnlySet<DiscoverySource> sources, CancellationToken cancellationToken)
    {
        var settings = DiscoverySettings.Default with { CallTimeout = connection.CallTimeout };

        context.Error.WriteLine(
            $"mssp-tui: asking {connection.Root.Host} ({connection.Via}) about {DriftReportView.Plural(registry.Customers.Count, "customer")}; " +
            $"sources: {string.Join(", ", DiscoverySourceNames.All.Where(sources.Contains).Select(s => s.ToName()))}");
        var client = GraphClientBuilder.Create(connection.Root.GetLeftPart(UriPartial.Path).TrimEnd('/'), connection.Tokens, settings.MaxRetryAfter);
        var discovery = new GraphDiscovery(client, connection.Root, settings, context.Time);
        var snapshot = await discovery.DiscoverAsync(registry.Customers.Select(c => c.TenantId).ToArray(), sources, cancellationToken)
            .ConfigureAwait(false);
        SaveLatest(context, registry.Provider, snapshot);
        return snapshot;
    }

    /// <summary>
    /// The latest discovery of the MSSP tenant <paramref name="provider"/> names: one per provider tenant, so a registry of
    /// another MSSP (or a test registry) never shows drift from this one's relationships. (The tenant id is a GUID:
    /// the registry is checked before it gets here.)
    /// </summary>
    public static string LatestPath(CliContext context, Provider provider) =>
        Path.Combine(context.Platform.StateDirectory, $"discovery-{provider.TenantId.Trim().ToLowerInvariant()}.json");

    /// <summary>
    /// Best effort: the picker shows drift from it; failing to save must not fail the command. It is replaced only by a
    /// discovery at least as good (<see cref="LatestDiscoveryRule"/>), so a run while offline or with --sources keeps
    /// the last good answer. A file that cannot be read counts as none: nothing can show it anyway.
    /// </summary>
    private static void SaveLatest(CliContext context, Provider provider, DiscoverySnapshot snapshot)
    {
        string path = LatestPath(context, provider);
        try
        {
            if (ReadLatest(path) is { } latest && LatestDiscoveryRule.Lost(snapshot, latest) is { Count: > 0 } lost)
            {
                context.Error.WriteLine(
                    $"mssp-tui: kept the latest discovery from {latest.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)} for the picker " +
                    $"({path}): {string.Join(", ", lost.Select(s => s.ToName()))} answered there but not in this one");
                return;
            }

            DiscoverySnapshotFile.Write(snapshot, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"mssp-tui: warning: could not save the latest discovery to {path}: {e.Message}");
        }
    }

    private static DiscoverySnapshot? ReadLatest(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return DiscoverySnapshotFile.Read(path);
        }
        catch (DiscoverySnapshotException)
        {
            return null;
        }
    }
}
