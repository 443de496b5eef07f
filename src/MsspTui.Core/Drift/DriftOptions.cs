namespace MsspTui.Core.Drift;

/// <summary>
/// Options of one drift analysis. <see cref="Sources"/> are the requested sources (default all three); a source not
/// requested is reported as skipped and no finding that depends on it is made.
/// </summary>
public sealed record DriftOptions
{
    public const int DefaultExpiringWithinDays = 30;

    public int ExpiringWithinDays { get; init; } = DefaultExpiringWithinDays;

    public IReadOnlySet<DiscoverySource> Sources { get; init; } = new HashSet<DiscoverySource>(DiscoverySourceNames.All);

    public static DriftOptions Default { get; } = new();
}
