using System.Numerics;

namespace MsspTui.Core.Validation;

/// <summary>
/// "Has a text equal to this one (ignoring case, as <see cref="FirstOccurrence"/> compares: OrdinalIgnoreCase) been
/// added before?" without keeping the texts, for a reader that streams the registry (<see cref="CleanRegistryScan"/>).
/// It may say "maybe" when the answer is no (the caller then runs the full check), never "no" when it is yes.
/// An ASCII text is keyed by a 64-bit hash of its upper-case form, so a false "maybe" between two ASCII texts is as
/// unlikely as a 64-bit collision; any other text by .NET's own case-insensitive hash. The two kinds never equal
/// each other: with invariant globalization no character outside ASCII equals an ASCII character ignoring case (a
/// test checks every one); the two that do in Turkish-aware casing, dotless ı and long ſ, are answered "maybe".
/// </summary>
internal sealed class DistinctTexts
{
    private ulong[] _asciiKeys;
    private int _count;
    private HashSet<int>? _otherHashes;

    public DistinctTexts(int capacity) => _asciiKeys = new ulong[TableSize(capacity)];

    /// <summary>Adds the text; false when an equal text may have been added before.</summary>
    public bool Add(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return AddKey(AsciiKey(text));
        }

        return !text.ContainsAny('\u0131', '\u017F') && (_otherHashes ??= []).Add(string.GetHashCode(text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a text equal to <paramref name="text"/> may have been added.</summary>
    public bool MayContain(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return ContainsKey(AsciiKey(text));
        }

        return text.ContainsAny('\u0131', '\u017F') || (_otherHashes?.Contains(string.GetHashCode(text, StringComparison.OrdinalIgnoreCase)) ?? false);
    }

    /// <summary>Adds the texts of <paramref name="other"/>; false when one of them may equal a text of this.</summary>
    public bool Merge(DistinctTexts other)
    {
        foreach (ulong key in other._asciiKeys)
        {
            if (key != 0 && !AddKey(key))
            {
                return false;
            }
        }

        foreach (int hash in other._otherHashes ?? [])
        {
            if (!(_otherHashes ??= []).Add(hash))
            {
                return false;
            }
        }

        return true;
    }

    // Open addressing over the keys themselves (0 marks an empty slot; a key of 0 is stored as 1, at worst a false
    // "maybe"): one array, no entries or buckets to chase, as 10,000 customers add 30,000 keys.
    private bool AddKey(ulong key)
    {
        key = key == 0 ? 1 : key;
        if (2 * (_count + 1) > _asciiKeys.Length)
        {
            Grow();
        }

        int mask = _asciiKeys.Length - 1;
        for (int slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            ulong existing = _asciiKeys[slot];
            if (existing == 0)
            {
                _asciiKeys[slot] = key;
                _count++;
                return true;
            }

            if (existing == key)
            {
                return false;
            }
        }
    }

    private bool ContainsKey(ulong key)
    {
        key = key == 0 ? 1 : key;
        int mask = _asciiKeys.Length - 1;
        for (int slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            ulong existing = _asciiKeys[slot];
            if (existing == 0 || existing == key)
            {
                return existing == key;
            }
        }
    }

    // Fibonacci hashing: the keys of similar texts (c000001-…, c000002-…) differ in few bits, which must spread over the table.
    private static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & mask;

    private void Grow()
    {
        var old = _asciiKeys;
        _asciiKeys = new ulong[old.Length * 2];
        _count = 0;
        foreach (ulong key in old)
        {
            if (key != 0)
            {
                AddKey(key);
            }
        }
    }

    private static int TableSize(int capacity) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * capacity));

    // A hash of the upper-case form (ASCII case-insensitive equality is equality of upper-case forms), eight bytes
    // at a time: a character at a time took a quarter of a microsecond for a tenant id.
    private static ulong AsciiKey(ReadOnlySpan<char> text)
    {
        Span<char> upper = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        System.Text.Ascii.ToUpper(text, upper, out _);
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes((ReadOnlySpan<char>)upper);
        ulong key = 0x9E3779B97F4A7C15UL ^ (ulong)text.Length;
        while (bytes.Length >= 8)
        {
            key = Mix(key ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
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
