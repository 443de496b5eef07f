namespace MsspTui.Core.Matching;

/// <summary>
/// Row numbers in case-insensitive ordinal order of the names (equal names in row order): how the picker lists
/// everyone not visited recently. The start-up cache keeps it with the registry, because sorting 10,000 names took
/// about 9 ms of the way to the picker's first frame.
/// </summary>
public static class NameOrder
{
    public static int[] Of(IReadOnlyList<string> names)
    {
        // Keys upper-cased once: an ordinal comparison of those (vectorised) is the case-insensitive order at a
        // fraction of the cost of comparing case-insensitively in the sort (a third of a second for 100,000 names
        // sharing long prefixes).
        var entries = new (string Key, int Row)[names.Count];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = (names[i].ToUpperInvariant(), i);
        }

        entries.AsSpan().Sort(static (a, b) =>
        {
            int byName = string.CompareOrdinal(a.Key, b.Key);
            return byName != 0 ? byName : a.Row.CompareTo(b.Row);
        });

        var order = new int[entries.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = entries[i].Row;
        }

        return order;
    }

    /// <summary>Whether <paramref name="order"/> lists each of <paramref name="count"/> rows exactly once.</summary>
    public static bool IsPermutation(IReadOnlyList<int> order, int count)
    {
        if (order.Count != count)
        {
            return false;
        }

        var seen = new bool[count];
        foreach (int row in order)
        {
            if ((uint)row >= (uint)count || seen[row])
            {
                return false;
            }

            seen[row] = true;
        }

        return true;
    }
}
