using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MsspTui.Core.Validation;

/// <summary>
/// "Are these texts all different (ignoring case, as <see cref="FirstOccurrence"/> compares: OrdinalIgnoreCase)?" and
/// "may this text be one of them?", without keeping the texts, for a reader that streams the registry
/// (<see cref="CleanRegistryScan"/>). It may say "maybe" when the answer is no (the caller then runs the full check),
/// never "no" when it is yes. Each text is kept as a 64-bit key: an ASCII text as a hash that ignores case, so a false
/// "maybe" between two ASCII texts is about as unlikely as a 64-bit collision; any other text as the same hash of its
/// case fold (<see cref="FoldCase"/>; see OtherKey for the few that take .NET's own case-insensitive hash). The two
/// kinds need not be told apart: with invariant globalization no character outside ASCII equals an ASCII character
/// ignoring case (a test checks every one), so an ASCII key equal to another kind's is only ever a false "maybe"; the
/// two that do in Turkish-aware casing, dotless ı and long ſ, are answered "maybe". The keys are collected, then grouped once, in place, by their top bits (the keys are hashes, so
/// the groups are a few keys each): a hash table of 10,000 keys missed the cache on nearly every insert, sorting them
/// cost more than the grouping (the native build sorts through a comparer), and a grouped copy of the keys was fresh
/// memory, which a page fault at a time cost more than the grouping itself.
/// </summary>
internal sealed class DistinctTexts(int capacity)
{
    // About this many keys a group, for the texts expected in all (in each of two readers' halves, half as many).
    private const int GroupBits = 2;

    private readonly List<ulong> _keys = new(capacity);
    private bool _maybeRepeated;

    // Where each group of _keys starts (and, last, where the keys end) while _keys is in group order; null otherwise.
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
        if (KeyOf(text, ascii) is { } key)
        {
            _keys.Add(key);
        }
        else
        {
            _maybeRepeated = true;
        }
    }

    /// <summary>
    /// Adds the texts of <paramref name="other"/>. When both were grouped alike (<see cref="GroupFor"/>, each by its
    /// own reader), <paramref name="other"/> is kept as it is and asked too: copying and grouping 10,000 keys again
    /// touched a megabyte of fresh memory on one core, a millisecond in page faults.
    /// </summary>
    public void AddAll(DistinctTexts other)
    {
        if (_joined is null && other._joined is null && _groupStarts is not null && other._groupStarts is not null && _groupShift == other._groupShift)
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
        _groupStarts = null;
        _repeatsOwn = null;
    }

    // Copies the texts of other (and of those it took in) into this one's list.
    private void Absorb(DistinctTexts other)
    {
        Ungroup();
        _keys.AddRange(other._keys);
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

    // Whether a key of this one's own may equal one of other's (grouped alike), group by group. Plain loops: a group
    // holds a few keys, fewer than the library's vectorised search is worth calling for.
    private bool Shares(DistinctTexts other)
    {
        ReadOnlySpan<ulong> ours = CollectionsMarshal.AsSpan(_keys), theirs = CollectionsMarshal.AsSpan(other._keys);
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

        return false;
    }

    private bool RepeatsOwn() => _groupStarts is not null && _repeatsOwn is { } known ? known : FindOwnRepeat();

    private bool FindOwnRepeat()
    {
        if (_maybeRepeated)
        {
            return true;
        }

        Group();
        ReadOnlySpan<ulong> keys = CollectionsMarshal.AsSpan(_keys);
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

        return false;
    }

    /// <summary>Whether a text equal to <paramref name="text"/> may have been added.</summary>
    public bool MayContain(ReadOnlySpan<char> text) => ContainsOwn(text) || (_joined is { } joined && joined.MayContain(text));

    private bool ContainsOwn(ReadOnlySpan<char> text)
    {
        if (KeyOf(text, ascii: false) is not { } key)
        {
            return true;
        }

        // Dotless ı or long ſ among the texts added may equal this one in any case.
        if (_maybeRepeated)
        {
            return true;
        }

        Group();
        int group = (int)(key >> _groupShift);
        return CollectionsMarshal.AsSpan(_keys)[_groupStarts![group].._groupStarts[group + 1]].Contains(key);
    }

    // Puts _keys in order of their top bits, in place: counts a group, then moves each key to the next free place in
    // its group, taking the key that was there on to its own group (American flag sort, one pass).
    private void Group(int expectedTexts = 0)
    {
        if (_groupStarts is not null)
        {
            return;
        }

        var keys = CollectionsMarshal.AsSpan(_keys);
        int bits = Math.Clamp(System.Numerics.BitOperations.Log2((uint)Math.Max(1, Math.Max(expectedTexts, keys.Length))) - GroupBits, 1, 24);
        int shift = 64 - bits;
        int groups = 1 << bits;
        var starts = new int[groups + 1];
        foreach (ulong key in keys)
        {
            starts[(int)(key >> shift) + 1]++;
        }

        for (int group = 1; group <= groups; group++)
        {
            starts[group] += starts[group - 1];
        }

        int[] next = ArrayPool<int>.Shared.Rent(groups);
        starts.AsSpan(0, groups).CopyTo(next);
        for (int group = 0; group < groups; group++)
        {
            int end = starts[group + 1];
            for (int at = next[group]; at < end; at = next[group])
            {
                ulong key = keys[at];
                for (int home = (int)(key >> shift); home != group; home = (int)(key >> shift))
                {
                    int slot = next[home]++;
                    (key, keys[slot]) = (keys[slot], key);
                }

                keys[at] = key;
                next[group] = at + 1;
            }
        }

        ArrayPool<int>.Shared.Return(next);
        _groupShift = shift;
        _groupStarts = starts;
    }

    // The text's key; null for a text with dotless ı or long ſ, which may equal texts that have other keys.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong? KeyOf(ReadOnlySpan<char> text, bool ascii)
    {
        if (ascii || !text.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return AsciiKey(text);
        }

        return text.ContainsAny('\u0131', '\u017F') ? null : OtherKey(text);
    }

    // A hash of the text with bit 0x20 of every character cleared. For letters that bit is the case, so texts equal
    // ignoring case get equal keys; for other characters it merges a few pairs ('@' and '`', '[' and '{', a space and
    // NUL), which at worst makes two different texts a false "maybe".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AsciiKey(ReadOnlySpan<char> text) => WordHash.Of(MemoryMarshal.AsBytes(text), seed: 0, ignored: 0x0020_0020_0020_0020UL);

    // A text outside ASCII: its characters outside ASCII folded as OrdinalIgnoreCase compares them, then hashed as an
    // ASCII text is, ignoring bit 0x20 of every character (.NET's own case-insensitive hash upper-cases through a
    // slower general path). Texts equal ignoring case have their ASCII characters in the same places (no other
    // character equals one), so they get equal keys. Texts with surrogates, which OrdinalIgnoreCase compares as code
    // points, and very long ones take .NET's hash, spread over the top bits the grouping goes by; texts equal ignoring
    // case have their surrogates in the same places and the same length, so take the same one.
    private static ulong OtherKey(ReadOnlySpan<char> text)
    {
        if (text.Length <= MaxFoldedChars && !text.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            Span<char> folded = stackalloc char[text.Length];
            text.CopyTo(folded);
            for (int at = folded.IndexOfAnyExceptInRange('\0', '\u007F'); at >= 0; at = NextOutsideAscii(folded, at))
            {
                folded[at] = FoldCase(folded[at]);
            }

            return AsciiKey(folded);
        }

        return (uint)string.GetHashCode(text, StringComparison.OrdinalIgnoreCase) * 0x9E37_79B9_7F4A_7C15UL;
    }

    // The next index after at of a character outside ASCII; -1 when none follows.
    private static int NextOutsideAscii(ReadOnlySpan<char> text, int at)
    {
        int next = text[(at + 1)..].IndexOfAnyExceptInRange('\0', '\u007F');
        return next < 0 ? -1 : at + 1 + next;
    }

    // Ids, names and tenant ids are far shorter; a longer text is hashed without a buffer on the stack.
    private const int MaxFoldedChars = 256;

    /// <summary>
    /// The character <paramref name="c"/> (not a surrogate) is equal to ignoring case, as OrdinalIgnoreCase compares:
    /// two characters are equal ignoring case exactly when they fold to the same one (DistinctTextsTests check every
    /// character of the BMP).
    /// </summary>
    internal static char FoldCase(char c) => char.ToUpperInvariant(c);
}
