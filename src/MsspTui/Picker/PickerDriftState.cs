namespace MsspTui.Picker;

/// <summary>
/// Drift as the picker needs it, decoupled from the drift engine's own types: findings per registry customer id,
/// unregistered tenants, when the discovery behind it ran, and a note when it is incomplete (e.g. a source failed).
/// </summary>
public sealed record PickerDriftState(
    IReadOnlyDictionary<string, IReadOnlyList<PickerFinding>> FindingsByCustomerId,
    IReadOnlyList<PickerUnregisteredTenant> Unregistered,
    DateTimeOffset DiscoveredAt,
    string? Incomplete = null)
{
    public IReadOnlyList<PickerFinding> For(string customerId) =>
        FindingsByCustomerId.TryGetValue(customerId, out IReadOnlyList<PickerFinding>? findings) ? findings : [];
}
