namespace MsspTui.Core.Validation;

/// <summary>
/// "Are these texts all different (ignoring case, as <see cref="FirstOccurrence"/> compares: OrdinalIgnoreCase)?" and
/// "may this text be one of them?", without keeping the texts, for a reader that streams the registry
/// (<see cref="CleanRegistryScan"/>). It may say "maybe" when the answer is no (the caller then runs the full check),
/// never "no" when it is yes. An ASCII text is kept as a 64-bit hash that ignores case, so a false "maybe" between two
/// ASCII texts is about as unlikely as a 64-bit collision; any other text as .NET's own case-insensitive hash.
/// The two kinds never equal each other: with invariant globalization no character outside ASCII equals an ASCII
/// character ignoring case (a test checks every one); the two that do in Turkish-aware casing, dotless ı and long ſ,
/// are answered "maybe". The keys are collected and sorted once at the end: a hash table of 10,000 keys missed the
/// cache on nearly every insert.
/// </summary>
internal sealed class DistinctTexts(int capacity)
{
    private readonly List<ulong> _asciiKeys = new(capacity);
    private readonly List<int> _otherHashes = [];
    private bool _maybeRepeated;
    private bool _sorted;

    /// <summary>Adds a text.</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        _sorted = false;
        if (!text.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            _asciiKeys.Add(AsciiKey(text));
        }
        else if (text.ContainsAny('\u0131', '\u017F'))
        {
            _maybeRepeated = true;
        }
        else
        {
            _otherHashes.Add(string.GetHashCode(text, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Adds the texts of <paramref name="other"/> (both sorted by <see cref="Sort"/> on their own threads: merged in one pass).</summary>
    public void AddAll(DistinctTexts other)
    {
        Sort();
        other.Sort();
        MergeSorted(_asciiKeys, other._asciiKeys);
        MergeSorted(_otherHashes, other._otherHashes);
        _maybeRepeated |= other._maybeRepeated;
    }

    private static void MergeSorted<T>(List<T> into, List<T> from)
        where T : IComparable<T>
    {
        var merged = new List<T>(into.Count + from.Count);
        int i = 0, j = 0;
        while (i < into.Count && j < from.Count)
        {
            merged.Add(into[i].CompareTo(from[j]) <= 0 ? into[i++] : from[j++]);
        }

        for (; i < into.Count; i++)
        {
            merged.Add(into[i]);
        }

        for (; j < from.Count; j++)
        {
            merged.Add(from[j]);
        }

        into.Clear();
        into.AddRange(merged);
    }

    /// <summary>Whether two of the texts added may be equal.</summary>
    public bool MayRepeat()
    {
        Sort();
        return _maybeRepeated || HasAdjacentEqual(_asciiKeys) || HasAdjacentEqual(_otherHashes);
    }

    /// <summary>Whether a text equal to <paramref name="text"/> may have been added.</summary>
    public bool MayContain(ReadOnlySpan<char> text)
    {
        Sort();
        if (!text.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return _asciiKeys.BinarySearch(AsciiKey(text)) >= 0;
        }

        return _maybeRepeated || text.ContainsAny('\u0131', '\u017F') || _otherHashes.BinarySearch(string.GetHashCode(text, StringComparison.OrdinalIgnoreCase)) >= 0;
    }

    /// <summary>Sorts the keys (done once: for the questions, or by each reader before two are merged).</summary>
    public void Sort()
    {
        if (!_sorted)
        {
            _asciiKeys.Sort();
            _otherHashes.Sort();
            _sorted = true;
        }
    }

    private static bool HasAdjacentEqual<T>(List<T> sorted)
        where T : IEquatable<T>
    {
        for (int i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Equals(sorted[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // A hash of the text with bit 0x20 of every character cleared, eight bytes at a time. For letters that bit is the
    // case, so texts equal ignoring case get equal keys; for other characters it merges a few pairs ('@' and '`',
    // '[' and '{', a space and NUL), which at worst makes two different texts a false "maybe".
    private static ulong AsciiKey(ReadOnlySpan<char> text)
    {
        const ulong CaseBits = 0x0020_0020_0020_0020UL;
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(text);
        ulong key = 0x9E3779B97F4A7C15UL ^ (ulong)text.Length;
        while (bytes.Length >= 8)
        {
            key = Mix(key ^ (System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes) & ~CaseBits));
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (int i = 0; i < bytes.Length; i += 2)
        {
            tail |= (ulong)(bytes[i] & ~0x20) << (8 * i);
        }

        return Mix(key ^ tail ^ 0xFF51AFD7ED558CCDUL);
    }

    // The finaliser of MurmurHash3's 64-bit variant: every input bit affects every output bit.
    private static ulong Mix(ulong key)
    {
        key = (key ^ (key >> 33)) * 0xFF51AFD7ED558CCDUL;
        key = (key ^ (key >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return key ^ (key >> 33);
    }
}
