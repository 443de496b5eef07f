namespace MsspTui.Core.Matching;

/// <summary>
/// The order of an empty filter: customers with frecency first (highest score, then most recent visit), then the
/// rest by name (case-insensitive, ordinal so the order is the same on every machine).
/// </summary>
public static class CustomerOrder
{
    /// <param name="ids">Customer id per row (null for rows that are not registry customers; they sort by name).</param>
    /// <param name="names">Display name per row.</param>
    /// <param name="book">Visits so far.</param>
    /// <param name="now">For the frecency scores.</param>
    /// <param name="byName">All rows in name order when already known (<see cref="NameOrder"/>); computed otherwise.</param>
    public static int[] ByFrecencyThenName(
        IReadOnlyList<string?> ids, IReadOnlyList<string> names, FrecencyBook book, DateTimeOffset now, IReadOnlyList<int>? byName = null)
    {
        int n = names.Count;
        var visited = new List<(int Row, double Score, DateTimeOffset Last)>();
        var isVisited = new bool[n];
        for (int i = 0; i < n; i++)
        {
            if (ids[i] is { } id && book.Find(id) is { } entry)
            {
                visited.Add((i, FrecencyBook.Score(entry, now), entry.LastVisit));
                isVisited[i] = true;
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

        byName ??= NameOrder.Of(names);
        var order = new int[n];
        int at = 0;
        foreach ((int row, _, _) in visited)
        {
            order[at++] = row;
        }

        foreach (int row in byName)
        {
            if (!isVisited[row])
            {
                order[at++] = row;
            }
        }

        return order;
    }
}
