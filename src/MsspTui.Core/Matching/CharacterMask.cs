namespace MsspTui.Core.Matching;

/// <summary>
/// A 64-bit summary of which characters a text contains (ASCII letters folded to one case, digits and other ASCII
/// characters in buckets, everything else in one bit). If a pattern's mask is not inside a text's mask, some pattern
/// character is missing and the pattern cannot match: most rows are rejected with one AND instead of a scan.
/// </summary>
internal static class CharacterMask
{
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong mask = 0;
        foreach (char c in text)
        {
            mask |= Bit(c);
        }

        return mask;
    }

    public static bool Contains(ulong textMask, ulong patternMask) => (textMask & patternMask) == patternMask;

    private static ulong Bit(char c)
    {
        if (c >= 128)
        {
            return 1UL << 63;
        }

        char lower = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        int bit = lower switch
        {
            >= 'a' and <= 'z' => lower - 'a',
            >= '0' and <= '9' => 26 + (lower - '0'),
            _ => 36 + (lower % 27),
        };
        return 1UL << bit;
    }
}
