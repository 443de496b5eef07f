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

    /// <summary>The widest --expiring-within: ten years (a GDAP relationship lasts at most two). Far larger windows
    /// reached past the calendar's end and failed after the whole discovery had run.</summary>
    public const int MaxExpiringWithinDays = 3650;

    public static bool ExpiringWithin(int days, TextWriter error)
    {
        if (days is >= 0 and <= MaxExpiringWithinDays)
        {
            return true;
        }

        error.WriteLine($"mssp-tui: --expiring-within must be from 0 to {MaxExpiringWithinDays} days (got {days})");
        return false;
    }
}
