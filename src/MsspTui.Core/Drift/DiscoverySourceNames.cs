namespace MsspTui.Core.Drift;

/// <summary>Contract names of <see cref="DiscoverySource"/> and parsing of a <c>--sources</c> list.</summary>
public static class DiscoverySourceNames
{
    public static IReadOnlyList<DiscoverySource> All { get; } = [DiscoverySource.Gdap, DiscoverySource.Dap, DiscoverySource.TenantInfo];

    public static string ToName(this DiscoverySource source) => source switch
    {
        DiscoverySource.Gdap => "gdap",
        DiscoverySource.Dap => "dap",
        DiscoverySource.TenantInfo => "tenant-info",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static DiscoverySource? Find(string name) =>
        All.Cast<DiscoverySource?>().FirstOrDefault(s => string.Equals(s!.Value.ToName(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Parses a comma-separated list such as "gdap,tenant-info". Returns null and an error message for an empty list
    /// or an unknown name.
    /// </summary>
    public static IReadOnlySet<DiscoverySource>? TryParseList(string text, out string? error)
    {
        var result = new HashSet<DiscoverySource>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Find(part) is not { } source)
            {
                error = $"unknown source '{part}': expected a comma-separated list of {string.Join(", ", All.Select(s => s.ToName()))}";
                return null;
            }

            result.Add(source);
        }

        if (result.Count == 0)
        {
            error = $"no source given: expected a comma-separated list of {string.Join(", ", All.Select(s => s.ToName()))}";
            return null;
        }

        error = null;
        return result;
    }
}
