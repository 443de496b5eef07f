using System.Runtime.InteropServices;

namespace MsspTui.Core.Validation;

/// <summary>
/// "Are these texts all different (ignoring case, as <see cref="FirstOccurrence"/> compares: OrdinalIgnoreCase)?" and
/// "may this text be one of them?", without keeping the texts, for a reader that streams the registry
/// (<see cref="CleanRegistryScan"/>). It may say "maybe" when the answer is no (the caller then runs the full check),
/// never "no" when it is yes. An ASCII text is kept as a 64-bit hash that ignores case, so a false "maybe" between two
/// ASCII texts is about as unlikely as a 64-bit collision; any other text as .NET's own case-insensitive hash.
/// The two kinds never equal each other: with invariant globalization no character outside ASCII equals an ASCII
/// character ignoring case (a test checks every one); the two that do in Turkish-aware casing, dotless ı and long ſ,
/// are answered "maybe". The keys are collected, then grouped once by their top bits (the keys are hashes, so the
/// groups are a few keys each): a hash table of 10,000 keys missed the cache on nearly every insert, and sorting them
/// cost more than the grouping (the native build sorts through a comparer).
/// </summary>
internal sealed class DistinctTexts(int capacity)
{
    private readonly List<ulong> _asciiKeys = new(capacity);
    private readonly List<int> _otherHashes = [];
    private bool _maybeRepeated;
    private ulong[]? _grouped;
    private int[]? _groupStarts;
    private int _groupShift;

    /// <summary>Adds a text (<paramref name="ascii"/>: the caller knows it is ASCII).</summary>
    public void Add(ReadOnlySpan<char> text, bool ascii = false)
    {
        _grouped = null;
        if (ascii || !text.ContainsAnyExceptInRange('\0', '\u007F'))
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

    /// <summary>
    /// Adds the texts of <paramref name="other"/>. When both were grouped alike (<see cref="GroupFor"/>, each by its
    /// own reader), the groups are joined, one after the other, instead of grouping all the keys again.
    /// </summary>
    public void AddAll(DistinctTexts other)
    {
        bool joinGroups = _grouped is not null && other._grouped is not null && _groupShift == other._groupShift;
        (_grouped, _groupStarts) = joinGroups ? Join(this, other) : (null, null);
        _asciiKeys.AddRange(other._asciiKeys);
        _otherHashes.AddRange(other._otherHashes);
        _maybeRepeated |= other._maybeRepeated;
    }

    /// <summary>Groups the keys now, as for <paramref name="expectedTexts"/> texts in all: readers of parts of one list group theirs alike.</summary>
    public void GroupFor(int expectedTexts)
    {
        _grouped = null;
        Group(expectedTexts);
    }

    private static (ulong[]? Grouped, int[]? Starts) Join(DistinctTexts a, DistinctTexts b)
    {
        // Key by key: a group holds a key or two, and a span a group cost more than its keys (1.5 ms at 10,000 customers).
        ulong[] aKeys = a._grouped!, bKeys = b._grouped!;
        int[] aStarts = a._groupStarts!, bStarts = b._groupStarts!;
        var starts = new int[aStarts.Length];
        var joined = new ulong[aKeys.Length + bKeys.Length];
        int at = 0, ai = 0, bi = 0;
        for (int group = 0; group + 1 < starts.Length; group++)
        {
            starts[group] = at;
            for (int end = aStarts[group + 1]; ai < end; ai++)
            {
                joined[at++] = aKeys[ai];
            }

            for (int end = bStarts[group + 1]; bi < end; bi++)
            {
                joined[at++] = bKeys[bi];
            }
        }

        starts[^1] = at;
        return (joined, starts);
    }

    /// <summary>Whether two of the texts added may be equal.</summary>
    public bool MayRepeat()
    {
        if (_maybeRepeated)
        {
            return true;
        }

        Group();
        for (int group = 0; group + 1 < _groupStarts!.Length; group++)
        {
            var keys = _grouped.AsSpan(_groupStarts[group], _groupStarts[group + 1] - _groupStarts[group]);
            for (int i = 1; i < keys.Length; i++)
            {
                if (keys[..i].Contains(keys[i]))
                {
                    return true;
                }
            }
        }

        // Few texts are not ASCII: a set is enough.
        var others = new HashSet<int>(_otherHashes.Count);
        foreach (int hash in _otherHashes)
        {
            if (!others.Add(hash))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a text equal to <paramref name="text"/> may have been added.</summary>
    public bool MayContain(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            Group();
            ulong key = AsciiKey(text);
            int group = (int)(key >> _groupShift);
            return _grouped.AsSpan(_groupStarts![group], _groupStarts[group + 1] - _groupStarts[group]).Contains(key);
        }

        return _maybeRepeated || text.ContainsAny('\u0131', '\u017F') || _otherHashes.Contains(string.GetHashCode(text, StringComparison.OrdinalIgnoreCase));
    }

    // A counting sort by the keys' top bits: about two keys a group.
    private void Group(int expectedTexts = 0)
    {
        if (_grouped is not null)
        {
            return;
        }

        var keys = CollectionsMarshal.AsSpan(_asciiKeys);
        int bits = Math.Clamp(System.Numerics.BitOperations.Log2((uint)Math.Max(1, Math.Max(expectedTexts, keys.Length))), 1, 24);
        _groupShift = 64 - bits;

        // Each group's end, then each key put just before its group's end, which leaves each end at the group's start.
        var starts = new int[(1 << bits) + 1];
        foreach (ulong key in keys)
        {
            starts[(int)(key >> _groupShift)]++;
        }

        for (int group = 1; group < starts.Length - 1; group++)
        {
            starts[group] += starts[group - 1];
        }

        starts[^1] = keys.Length;
        var grouped = new ulong[keys.Length];
        foreach (ulong key in keys)
        {
            grouped[--starts[(int)(key >> _groupShift)]] = key;
        }

        _grouped = grouped;
        _groupStarts = starts;
    }

    // A hash of the text with bit 0x20 of every character cleared. For letters that bit is the case, so texts equal
    // ignoring case get equal keys; for other characters it merges a few pairs ('@' and '`', '[' and '{', a space and
    // NUL), which at worst makes two different texts a false "maybe".
    private static ulong AsciiKey(ReadOnlySpan<char> text) => WordHash.Of(MemoryMarshal.AsBytes(text), seed: 0, ignored: 0x0020_0020_0020_0020UL);
}
