using MsspTui.Core.Drift;

namespace MsspTui.Drift;

/// <summary>Checks --sources and --expiring-within; a bad value gives a message for the user (exit 1).</summary>
internal static class DriftOptionValues
{
    public static IReadOnlySet<DiscoverySource>? Sources(string? text, TextWriter error)
    {
        if (text is null)
        {
            return new HashSet<DiscoverySource>(DiscoverySourceNames.All);
        }

        var sources = DiscoverySourceNames.TryParseList(text, out var message);
        if (sources is null)
        {
            error.WriteLine($"mssp-tui: --sources: {message}");
        }

        return sources;
    }

    public static bool ExpiringWithin(int days, TextWriter error)
    {
        if (days >= 0)
        {
            return true;
        }

        error.WriteLine($"mssp-tui: --expiring-within must be 0 or more days (got {days})");
        return false;
    }
}
