using MsspTui.Core.Drift;
using MsspTui.Graph.Auth;
using MsspTui.Graph.Discovery;
using MsspTui.Graph.Tests.FakeGraph;

namespace MsspTui.Graph.Tests.Discovery;

/// <summary>Runs the real GraphServiceClient + GraphDiscovery against a <see cref="FakeGraphServer"/>.</summary>
internal static class DiscoveryHarness
{
    public static readonly DiscoverySettings FastSettings = new()
    {
        CallTimeout = TimeSpan.FromSeconds(5),
        RetryDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryAfter = TimeSpan.FromSeconds(3),
    };

    public static string Tenant(int n) => $"10000000-0000-0000-0000-{n:D12}";

    public static Task<DiscoverySnapshot> DiscoverAsync(FakeGraphServer server, IReadOnlyCollection<string> tenants,
        DiscoverySettings? settings = null, IReadOnlySet<DiscoverySource>? sources = null, CancellationToken cancellationToken = default,
        string token = FakeGraphServer.Token)
    {
        settings ??= FastSettings;
        var client = GraphClientBuilder.Create(server.BaseUrl.ToString(), new StaticAccessTokenProvider(token, server.BaseUrl.Host), settings.MaxRetryAfter);
        var discovery = new GraphDiscovery(client, server.BaseUrl, settings, TimeProvider.System);
        return discovery.DiscoverAsync(tenants, sources ?? new HashSet<DiscoverySource>(DiscoverySourceNames.All), cancellationToken);
    }

    public static int Count(FakeGraphServer server, string pathStart) =>
        server.Requests.Count(r => r.PathAndQuery.StartsWith("/v1.0" + pathStart, StringComparison.Ordinal));
}
