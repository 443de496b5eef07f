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

    // Another reader's texts, grouped alike and taken in without copying (AddAll): they count as added here.
    private DistinctTexts? _joined;

    // Whether two of this one's own texts may be equal, once known for the current grouping.
    private bool? _repeatsOwn;

    /// <summary>Adds a text (<paramref name="ascii"/>: the caller knows it is ASCII).</summary>
    public void Add(ReadOnlySpan<char> text, bool ascii = false)
    {
        Flatten();
        Ungroup();
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
    /// own reader), <paramref name="other"/> is kept as it is and asked too: copying and grouping 10,000 keys again
    /// touched a megabyte of fresh memory on one core, a millisecond in page faults.
    /// </summary>
    public void AddAll(DistinctTexts other)
    {
        if (_joined is null && other._joined is null && _grouped is not null && other._grouped is not null && _groupShift == other._groupShift)
        {
            _joined = other;
            return;
        }

        Flatten();
        Absorb(other);
    }

    /// <summary>
    /// Groups the keys now, as for <paramref name="expectedTexts"/> texts in all (readers of parts of one list group
    /// theirs alike), and looks for a repeat among them: each reader on its own core.
    /// </summary>
    public void GroupFor(int expectedTexts)
    {
        Flatten();
        Ungroup();
        Group(expectedTexts);
        _repeatsOwn = FindOwnRepeat();
    }

    private void Ungroup()
    {
        _grouped = null;
        _repeatsOwn = null;
    }

    // Copies the texts of other (and of those it took in) into this one's lists.
    private void Absorb(DistinctTexts other)
    {
        Ungroup();
        _asciiKeys.AddRange(other._asciiKeys);
        _otherHashes.AddRange(other._otherHashes);
        _maybeRepeated |= other._maybeRepeated;
        if (other._joined is { } joined)
        {
            Absorb(joined);
        }
    }

    private void Flatten()
    {
        if (_joined is { } joined)
        {
            _joined = null;
            Absorb(joined);
        }
    }

    /// <summary>Whether two of the texts added may be equal.</summary>
    public bool MayRepeat() => RepeatsOwn() || (_joined is { } joined && (joined.MayRepeat() || Shares(joined)));

    // Whether a text of this one's own may equal one of other's (grouped alike). By index: nearly every group holds
    // none, one or two keys, and the groups are as many as the keys.
    private bool Shares(DistinctTexts other)
    {
        ulong[] ours = _grouped!, theirs = other._grouped!;
        int[] ourStarts = _groupStarts!, theirStarts = other._groupStarts!;
        for (int group = 0; group + 1 < ourStarts.Length; group++)
        {
            for (int i = ourStarts[group]; i < ourStarts[group + 1]; i++)
            {
                for (int j = theirStarts[group]; j < theirStarts[group + 1]; j++)
                {
                    if (ours[i] == theirs[j])
                    {
                        return true;
                    }
                }
            }
        }

        var hashes = new HashSet<int>(_otherHashes);
        return other._otherHashes.Exists(hashes.Contains);
    }

    private bool RepeatsOwn() => _grouped is not null && _repeatsOwn is { } known ? known : FindOwnRepeat();

    private bool FindOwnRepeat()
    {
        if (_maybeRepeated)
        {
            return true;
        }

        Group();
        ulong[] keys = _grouped!;
        int[] starts = _groupStarts!;
        for (int group = 0; group + 1 < starts.Length; group++)
        {
            for (int i = starts[group] + 1; i < starts[group + 1]; i++)
            {
                for (int j = starts[group]; j < i; j++)
                {
                    if (keys[i] == keys[j])
                    {
                        return true;
                    }
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
    public bool MayContain(ReadOnlySpan<char> text) => ContainsOwn(text) || (_joined is { } joined && joined.MayContain(text));

    private bool ContainsOwn(ReadOnlySpan<char> text)
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
        var grouped = GC.AllocateUninitializedArray<ulong>(keys.Length); // every element is written below
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong AsciiKey(ReadOnlySpan<char> text) => WordHash.Of(MemoryMarshal.AsBytes(text), seed: 0, ignored: 0x0020_0020_0020_0020UL);
}
