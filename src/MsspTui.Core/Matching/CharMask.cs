namespace MsspTui.Core.Matching;

/// <summary>
/// A 64-bit summary of which characters a (lower-cased) text holds: a term whose mask is not a subset of a field's
/// mask cannot match it, which rejects most rows without running the alignment.
/// </summary>
internal static class CharMask
{
    // The bit of every ASCII character, looked up rather than computed: masks are made for every field of every
    // customer right after the picker's first frame.
    private static readonly ulong[] AsciiBits = Enumerable.Range(0, 128).Select(c => Bit((char)c)).ToArray();

    public static ulong Of(ReadOnlySpan<char> lowerText)
    {
        ulong[] bits = AsciiBits;
        ulong mask = 0;
        foreach (char c in lowerText)
        {
            mask |= c < 128 ? bits[c] : Bit(c);
        }

        return mask;
    }

    public static bool Covers(ulong haystack, ulong needle) => (haystack & needle) == needle;

    private static ulong Bit(char c) => c switch
    {
        >= 'a' and <= 'z' => 1UL << (c - 'a'),
        >= '0' and <= '9' => 1UL << (26 + c - '0'),
        _ => 1UL << (36 + (c % 28)),
    };
}
