namespace MsspTui.Core.Matching;

/// <summary>
/// The rows that match a query, best first, as indices into the documents the <see cref="SearchIndex"/> was built
/// from. The view is valid until the next <see cref="SearchIndex.Filter"/> call, which reuses its buffer.
/// </summary>
public readonly struct SearchResult
{
    private readonly int[] _rows;

    internal SearchResult(string query, int[] rows, int count)
    {
        Query = query;
        _rows = rows;
        Count = count;
    }

    public string Query { get; }

    public int Count { get; }

    public int this[int index] => (uint)index < (uint)Count ? _rows[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public ReadOnlySpan<int> Rows => _rows.AsSpan(0, Count);
}
