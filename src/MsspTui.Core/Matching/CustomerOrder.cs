namespace MsspTui.Core.Matching;

/// <summary>
/// The order of an empty filter: customers with frecency first (highest score, then most recent visit), then the
/// rest by name (case-insensitive, ordinal so the order is the same on every machine).
/// </summary>
public static class CustomerOrder
{
    /// <param name="ids">Customer id per row (null for rows that are not registry customers; they sort by name).</param>
    /// <param name="names">Display name per row.</param>
    public static int[] ByFrecencyThenName(IReadOnlyList<string?> ids, IReadOnlyList<string> names, FrecencyBook book, DateTimeOffset now)
    {
        int n = names.Count;
        var visited = new List<(int Row, double Score, DateTimeOffset Last)>();
        var restNames = new List<string>(n);
        var restRows = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            if (ids[i] is { } id && book.Find(id) is { } entry)
            {
                visited.Add((i, FrecencyBook.Score(entry, now), entry.LastVisit));
            }
            else
            {
                restNames.Add(names[i]);
                restRows.Add(i);
            }
        }

        visited.Sort((a, b) =>
        {
            int byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            int byVisit = b.Last.CompareTo(a.Last);
            return byVisit != 0 ? byVisit : StringComparer.OrdinalIgnoreCase.Compare(names[a.Row], names[b.Row]);
        });

        // The unvisited majority sorts before the first frame, on keys upper-cased once: an ordinal comparison of
        // those (vectorised) is the case-insensitive order at a fraction of the cost of comparing case-insensitively
        // in the sort (a third of a second for 100,000 names sharing long prefixes).
        string[] keys = new string[restNames.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = restNames[i].ToUpperInvariant();
        }

        int[] rows = restRows.ToArray();
        Array.Sort(keys, rows, StringComparer.Ordinal);
        var order = new int[n];
        int at = 0;
        foreach ((int row, _, _) in visited)
        {
            order[at++] = row;
        }

        rows.CopyTo(order, at);
        return order;
    }
}
