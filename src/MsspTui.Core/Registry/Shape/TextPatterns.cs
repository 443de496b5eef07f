using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MsspTui.Core.Registry.Shape;

/// <summary>
/// Hand-written matchers for the patterns every customer is checked against, each a whole-string match equal to its
/// regular expression: the structure check's GUID and customer id, the domain rule's DNS name, and the schema's
/// patterns (<see cref="Validation.SchemaPatterns.MatcherFor"/>). Property tests hold each to its regex. A regex match
/// per field of 10,000 customers was a tenth of a native `validate`.
/// </summary>
internal static class TextPatterns
{
    /// <summary>^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$</summary>
    public static bool IsGuid(ReadOnlySpan<char> text)
    {
        if (text.Length != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        {
            return false;
        }

        if (!Vector128.IsHardwareAccelerated)
        {
            return !text.ContainsAnyExcept(HexDigitsAndDash) && text.Count('-') == 4;
        }

        // Every tenant id is checked several times: five loads of eight characters cover the 36 (the last two
        // overlap), each character a hexadecimal digit or, at the four places, the dash.
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var valid = HexDigitsOrDashes(Vector128.LoadUnsafe(ref first, 0), Vector128<ushort>.Zero) &
                    HexDigitsOrDashes(Vector128.LoadUnsafe(ref first, 8), Vector128.Create(ushort.MaxValue, 0, 0, 0, 0, ushort.MaxValue, 0, 0)) &
                    HexDigitsOrDashes(Vector128.LoadUnsafe(ref first, 16), Vector128.Create(0, 0, ushort.MaxValue, 0, 0, 0, 0, ushort.MaxValue)) &
                    HexDigitsOrDashes(Vector128.LoadUnsafe(ref first, 24), Vector128<ushort>.Zero) &
                    HexDigitsOrDashes(Vector128.LoadUnsafe(ref first, 28), Vector128<ushort>.Zero);
        return valid == Vector128<ushort>.AllBitsSet;
    }

    // Per character: a dash where dashes says so, a hexadecimal digit elsewhere.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> HexDigitsOrDashes(Vector128<ushort> chars, Vector128<ushort> dashes)
    {
        var digit = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        var letter = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)5));
        return Vector128.ConditionalSelect(dashes, Vector128.Equals(chars, Vector128.Create((ushort)'-')), digit | letter);
    }

    private static readonly System.Buffers.SearchValues<char> HexDigitsAndDash = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF-");

    /// <summary>^[a-z0-9][a-z0-9-]{0,62}$</summary>
    public static bool IsCustomerId(ReadOnlySpan<char> text) =>
        text.Length is > 0 and <= 63 && text[0] != '-' && !text.ContainsAnyExcept(IdCharacters);

    // Each class of characters checked by one vectorised search: a loop with a comparison or two a character was a
    // tenth of the fast path of `validate`.
    private static readonly System.Buffers.SearchValues<char> IdCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private static readonly System.Buffers.SearchValues<char> HostCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    /// <summary>
    /// A DNS name of at least two labels in ASCII (internationalised names in xn-- form), any case:
    /// ^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$
    /// </summary>
    public static bool IsDomainName(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 253 || text.ContainsAnyExcept(HostCharacters))
        {
            return false;
        }

        // Letters, digits, dots and dashes only: what is left is where the dots and dashes are. One pass (a domain is
        // a few labels of a few characters: a search for each dot cost more than looking at each character).
        int start = 0;
        for (int at = 0; ; at++)
        {
            if (at < text.Length && text[at] != '.')
            {
                continue;
            }

            int length = at - start;
            if (length is 0 or > 63 || text[start] == '-' || text[at - 1] == '-')
            {
                return false;
            }

            if (at == text.Length)
            {
                return start > 0 && char.IsAsciiLetter(text[start]);
            }

            start = at + 1;
        }
    }

    /// <summary>^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ (the schema's domain pattern; the domain rule is stricter)</summary>
    public static bool IsHostName(ReadOnlySpan<char> text) =>
        text.Length > 0 && char.IsAsciiLetterOrDigit(text[0]) && char.IsAsciiLetterOrDigit(text[^1]) && !text.ContainsAnyExcept(HostCharacters);

    /// <summary>^([a-z][a-z0-9-]*|GUID)$ (a role: its name or its template id)</summary>
    public static bool IsKeyOrGuid(ReadOnlySpan<char> text)
    {
        if (IsGuid(text))
        {
            return true;
        }

        if (text.Length == 0 || !char.IsAsciiLetterLower(text[0]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
