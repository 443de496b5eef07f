namespace MsspTui.Core.Validation;

/// <summary>
/// The clean values already seen of fields whose check depends on the value alone (status, access, tags, roles,
/// notes): customers repeat a few of them thousands of times, so each distinct one is read and checked once.
/// Kept by their exact bytes, at most <see cref="MaxEntries"/> of at most <see cref="MaxBytes"/> bytes.
/// </summary>
internal sealed class RepeatedValues
{
    public const int MaxBytes = 256;

    private const int MaxEntries = 1024;

    private readonly Dictionary<ulong, (int Field, byte[] Bytes, int Nodes)> _clean = [];

    /// <summary>Whether <paramref name="value"/> of the field numbered <paramref name="field"/> was seen clean, and how many list entries it has.</summary>
    public bool Contains(int field, ReadOnlySpan<byte> value, out int items)
    {
        items = 0;
        if (value.Length > MaxBytes || !_clean.TryGetValue(Key(field, value), out var seen) || seen.Field != field || !value.SequenceEqual(seen.Bytes))
        {
            return false;
        }

        items = seen.Nodes;
        return true;
    }

    public void Add(int field, ReadOnlySpan<byte> value, int items)
    {
        if (value.Length <= MaxBytes && _clean.Count < MaxEntries)
        {
            _clean.TryAdd(Key(field, value), (field, value.ToArray(), items));
        }
    }

    private static ulong Key(int field, ReadOnlySpan<byte> value) => WordHash.Of(value, seed: (ulong)field << 32);
}
