namespace MsspTui.Core.Drift;

/// <summary>
/// A GDAP relationship as discovered. <see cref="Status"/> is Graph's status string (e.g. "active", "expiring");
/// <see cref="Roles"/> are role template ids (lower-case).
/// </summary>
public sealed record GdapRelationship(
    string Id,
    string? DisplayName,
    string Status,
    string CustomerTenantId,
    string? CustomerDisplayName,
    IReadOnlyList<string> Roles,
    DateTimeOffset? EndDateTime,
    string? AutoExtendDuration)
{
    public GdapStatusClass StatusClass => GdapStatusClasses.Classify(Status);

    /// <summary>True when the relationship renews itself: a non-empty duration other than PT0S / P0D.</summary>
    public bool AutoExtends =>
        !string.IsNullOrWhiteSpace(AutoExtendDuration) &&
        !string.Equals(AutoExtendDuration.Trim(), "PT0S", StringComparison.OrdinalIgnoreCase) &&
        !string.Equals(AutoExtendDuration.Trim(), "P0D", StringComparison.OrdinalIgnoreCase);
}
