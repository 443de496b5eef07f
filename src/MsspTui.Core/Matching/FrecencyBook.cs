namespace MsspTui.Core.Matching;

/// <summary>
/// Visit counts and times per customer id, scored like Firefox's frecency: visits weighted by how recent the last
/// one was (100 within 4 days, 70 within 2 weeks, 50 within a month, 30 within 3 months, else 10).
/// </summary>
public sealed class FrecencyBook
{
    public const int MaxEntries = 1000;

    private readonly Dictionary<string, FrecencyEntry> _entries;

    public FrecencyBook(IEnumerable<FrecencyEntry>? entries = null)
    {
        _entries = new Dictionary<string, FrecencyEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (FrecencyEntry entry in entries ?? [])
        {
            _entries[entry.CustomerId] = entry;
        }
    }

    public IReadOnlyCollection<FrecencyEntry> Entries => _entries.Values;

    public FrecencyEntry? Find(string customerId) => _entries.GetValueOrDefault(customerId);

    public void RecordVisit(string customerId, DateTimeOffset now)
    {
        int visits = _entries.TryGetValue(customerId, out FrecencyEntry? entry) ? entry.Visits : 0;
        _entries[customerId] = new FrecencyEntry(customerId, Math.Min(visits + 1, int.MaxValue - 1), now);
        if (_entries.Count > MaxEntries)
        {
            FrecencyEntry weakest = _entries.Values.MinBy(e => (Score(e, now), e.LastVisit))!;
            _entries.Remove(weakest.CustomerId);
        }
    }

    public double Score(string customerId, DateTimeOffset now) =>
        _entries.TryGetValue(customerId, out FrecencyEntry? entry) ? Score(entry, now) : 0;

    public static double Score(FrecencyEntry entry, DateTimeOffset now)
    {
        double days = (now - entry.LastVisit).TotalDays;
        int weight = days switch
        {
            <= 4 => 100,
            <= 14 => 70,
            <= 31 => 50,
            <= 90 => 30,
            _ => 10,
        };
        return (double)entry.Visits * weight;
    }
}
