namespace MsspTui.Core.Drift;

/// <summary>
/// When a new discovery may take the place of the latest one (the picker's drift, kept in the state directory): only
/// when it is at least as good, that is every source that answered in the latest one answered in the new one too.
/// A complete discovery therefore always replaces it; one with a source that failed, was forbidden or was not asked
/// for (<c>--sources</c>) replaces it only when the latest one lacked that source as well. Going offline, a VPN down
/// or a partial run must not wipe the last good answer.
/// </summary>
public static class LatestDiscoveryRule
{
    public static bool Replaces(DiscoverySnapshot candidate, DiscoverySnapshot? latest) => Lost(candidate, latest).Count == 0;

    /// <summary>The sources that answered in <paramref name="latest"/> but not in <paramref name="candidate"/>: what replacing it would lose.</summary>
    public static IReadOnlyList<DiscoverySource> Lost(DiscoverySnapshot candidate, DiscoverySnapshot? latest) =>
        latest is null ? [] : Lost(Answered(candidate), Answered(latest));

    public static IReadOnlyList<DiscoverySource> Lost(IReadOnlySet<DiscoverySource> candidateAnswered, IReadOnlySet<DiscoverySource> latestAnswered) =>
        DiscoverySourceNames.All.Where(s => latestAnswered.Contains(s) && !candidateAnswered.Contains(s)).ToArray();

    public static IReadOnlySet<DiscoverySource> Answered(DiscoverySnapshot snapshot) =>
        DiscoverySourceNames.All.Where(s => snapshot.Source(s).Answered).ToHashSet();
}
