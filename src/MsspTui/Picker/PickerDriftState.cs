using MsspTui.Core.Drift;

namespace MsspTui.Picker;

/// <summary>
/// Drift as the picker needs it, decoupled from the drift engine's report: findings per registry customer id,
/// unregistered tenants, when the discovery behind it ran, and a note when it is incomplete (e.g. a source failed).
/// </summary>
public sealed record PickerDriftState(
    IReadOnlyDictionary<string, IReadOnlyList<PickerFinding>> FindingsByCustomerId,
    IReadOnlyList<PickerUnregisteredTenant> Unregistered,
    DateTimeOffset DiscoveredAt,
    string? Incomplete = null)
{
    /// <summary>The sources that answered in the discovery behind it; all of them unless it is incomplete.</summary>
    public IReadOnlySet<DiscoverySource> Answered { get; init; } = DiscoverySourceNames.All.ToHashSet();

    public IReadOnlyList<PickerFinding> For(string customerId) =>
        FindingsByCustomerId.TryGetValue(customerId, out IReadOnlyList<PickerFinding>? findings) ? findings : [];

    /// <summary>
    /// Whether these findings may take the place of <paramref name="shown"/>: by the rule that keeps the latest saved
    /// discovery, a refresh that lost a source which answered before does not wipe what is on screen.
    /// </summary>
    public bool Replaces(PickerDriftState shown) => LatestDiscoveryRule.Lost(Answered, shown.Answered).Count == 0;
}
