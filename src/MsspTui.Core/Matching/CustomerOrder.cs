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
        var scores = new double[n];
        var lastVisits = new DateTimeOffset[n];
        for (int i = 0; i < n; i++)
        {
            if (ids[i] is { } id && book.Find(id) is { } entry)
            {
                scores[i] = FrecencyBook.Score(entry, now);
                lastVisits[i] = entry.LastVisit;
            }
        }

        int[] order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) =>
        {
            int byScore = scores[b].CompareTo(scores[a]);
            if (byScore != 0)
            {
                return byScore;
            }

            int byVisit = lastVisits[b].CompareTo(lastVisits[a]);
            if (byVisit != 0)
            {
                return byVisit;
            }

            int byName = StringComparer.OrdinalIgnoreCase.Compare(names[a], names[b]);
            return byName != 0 ? byName : a.CompareTo(b);
        });
        return order;
    }
}
