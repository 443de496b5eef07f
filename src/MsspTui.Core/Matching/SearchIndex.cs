namespace MsspTui.Core.Matching;

/// <summary>
/// Filters and ranks many <see cref="SearchDocument"/>s per keystroke. Results are ranked by score, then by the base
/// order (frecency, then name) the caller sets; an empty query returns the base order. When a query extends the
/// previous one, only the previous matches are scanned (every match of the longer query matched the shorter one).
/// Buffers are reused: a keystroke allocates nothing per row. Large scans are split across the cores, each part with
/// its own scorer and buffers. Not thread-safe.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>Below this many rows to scan, one core is faster than handing out work (settable for tests).</summary>
    internal int ParallelThreshold { get; init; } = 20_000;

    private static readonly int Workers = Math.Clamp(Environment.ProcessorCount, 1, 8);

    private readonly IReadOnlyList<SearchDocument> _documents;
    private readonly FuzzyScorer _scorer = new();
    private readonly List<int> _positions = new();
    private int[] _baseRank;
    private int[] _baseOrder;
    private int[] _current;
    private int[] _previous;
    private long[] _keys;
    private string? _lastQuery;
    private int _lastCount;
    private ScanPart[]? _parts;

    public SearchIndex(IReadOnlyList<SearchDocument> documents)
    {
        _documents = documents;
        int n = documents.Count;
        _baseRank = new int[n];
        _baseOrder = new int[n];
        for (int i = 0; i < n; i++)
        {
            _baseRank[i] = i;
            _baseOrder[i] = i;
        }

        _current = new int[n];
        _previous = new int[n];
        _keys = new long[n];
    }

    public int Count => _documents.Count;

    public SearchDocument this[int row] => _documents[row];

    /// <summary>Sets the order used for an empty query and to break ties: <paramref name="order"/> lists every row once.</summary>
    public void SetBaseOrder(IReadOnlyList<int> order)
    {
        if (order.Count != _documents.Count)
        {
            throw new ArgumentException($"The order must list all {_documents.Count} rows.", nameof(order));
        }

        for (int rank = 0; rank < order.Count; rank++)
        {
            _baseOrder[rank] = order[rank];
            _baseRank[order[rank]] = rank;
        }

        _lastQuery = null;
    }

    public SearchResult Filter(string query)
    {
        QueryTerm[] terms = QueryTerm.ParseQuery(query);
        if (terms.Length == 0)
        {
            Array.Copy(_baseOrder, _current, _baseOrder.Length);
            _lastQuery = null;
            return new SearchResult(query, _current, _baseOrder.Length);
        }

        bool narrowing = _lastQuery is not null && query.StartsWith(_lastQuery, StringComparison.Ordinal);
        (_previous, _current) = (_current, _previous);
        int count = 0;
        int[]? candidates = narrowing ? _previous : null;
        int scan = narrowing ? _lastCount : _documents.Count;
        if (scan >= ParallelThreshold && Workers > 1)
        {
            count = ScanInParallel(candidates, scan, terms);
        }
        else
        {
            for (int i = 0; i < scan; i++)
            {
                count = Consider(candidates is null ? i : candidates[i], terms, _scorer, _current, _keys, count);
            }
        }

        Array.Sort(_keys, _current, 0, count);
        _lastQuery = query;
        _lastCount = count;
        return new SearchResult(query, _current, count);
    }

    /// <summary>
    /// The matched character positions of <paramref name="query"/> within one field of a row, for highlighting.
    /// Each term highlights in the field where it scored best. Costs one alignment per term and field: call it for
    /// visible rows only.
    /// </summary>
    public void Highlight(int row, string query, SearchField field, List<int> positions)
    {
        positions.Clear();
        SearchDocument document = _documents[row];
        foreach (QueryTerm term in QueryTerm.ParseQuery(query))
        {
            (int bestField, _) = BestField(document, term, _scorer);
            if (bestField == (int)field)
            {
                _positions.Clear();
                Score(document, (int)field, term, _scorer, _positions);
                positions.AddRange(_positions);
            }
        }

        positions.Sort();
    }

    /// <summary>
    /// How closely <paramref name="row"/> matches <paramref name="query"/>: the loosest, over the terms, of how closely
    /// each term matches its closest field (see <see cref="MatchKind"/>); null when the row does not match (exactly
    /// when <see cref="Filter"/> leaves it out). Checks every field anew: for the few rows of a result, not per keystroke.
    /// </summary>
    public MatchKind? Closeness(int row, string query)
    {
        SearchDocument document = _documents[row];
        MatchKind loosest = MatchKind.WordStart;
        foreach (QueryTerm term in QueryTerm.ParseQuery(query))
        {
            MatchKind? closest = null;
            for (int field = 0; field < SearchDocument.FieldsPerDocument; field++)
            {
                if (CharMask.Covers(document.MaskAt(field), term.Mask)
                    && Score(document, field, term, _scorer, null) != FuzzyScorer.NoMatch
                    && KindIn(document, field, term) is var kind
                    && (closest is null || kind < closest))
                {
                    closest = kind;
                }
            }

            if (closest is not { } termKind)
            {
                return null;
            }

            loosest = termKind > loosest ? termKind : loosest;
        }

        return loosest;
    }

    /// <summary>
    /// Scans equal slices of the rows on all cores into per-part buffers, then joins them in slice order, so the result
    /// (after the sort by score and base rank, which is unique per row) is exactly that of a single scan.
    /// </summary>
    private int ScanInParallel(int[]? candidates, int scan, QueryTerm[] terms)
    {
        _parts ??= Enumerable.Range(0, Workers).Select(_ => new ScanPart(_documents.Count / Workers + 1)).ToArray();
        int slice = (scan + Workers - 1) / Workers;
        Parallel.For(0, Workers, part =>
        {
            ScanPart buffers = _parts[part];
            int start = part * slice;
            int end = Math.Min(scan, start + slice);
            int found = 0;
            for (int i = start; i < end; i++)
            {
                found = Consider(candidates is null ? i : candidates[i], terms, buffers.Scorer, buffers.Rows, buffers.Keys, found);
            }

            buffers.Count = found;
        });

        int count = 0;
        foreach (ScanPart part in _parts)
        {
            Array.Copy(part.Rows, 0, _current, count, part.Count);
            Array.Copy(part.Keys, 0, _keys, count, part.Count);
            count += part.Count;
        }

        return count;
    }

    private int Consider(int row, QueryTerm[] terms, FuzzyScorer scorer, int[] rows, long[] keys, int count)
    {
        SearchDocument document = _documents[row];
        foreach (QueryTerm term in terms)
        {
            if (!CharMask.Covers(document.Mask, term.Mask))
            {
                return count;
            }
        }

        int total = 0;
        foreach (QueryTerm term in terms)
        {
            (int field, int score) = BestField(document, term, scorer);
            if (field < 0)
            {
                return count;
            }

            total += score;
        }

        rows[count] = row;
        keys[count] = ((long)(int.MaxValue - total) << 32) | (uint)_baseRank[row];
        return count + 1;
    }

    private static (int Field, int Score) BestField(SearchDocument document, QueryTerm term, FuzzyScorer scorer)
    {
        int bestField = -1;
        int bestScore = FuzzyScorer.NoMatch;
        for (int field = 0; field < SearchDocument.FieldsPerDocument; field++)
        {
            if (!CharMask.Covers(document.MaskAt(field), term.Mask))
            {
                continue;
            }

            int score = Score(document, field, term, scorer, null);
            if (score > bestScore)
            {
                bestScore = score;
                bestField = field;
            }
        }

        return (bestField, bestScore);
    }

    private static int Score(SearchDocument document, int field, QueryTerm term, FuzzyScorer scorer, List<int>? positions)
    {
        (string pattern, string comparable) = Operands(document, field, term);

        // A tenant id is hex: scattered letters of any short term (a, b, c, d, e, f) would match most of them.
        // It matches only where the term appears as written (in any case), as when pasting or typing part of an id.
        if (field == (int)SearchField.TenantId && !comparable.Contains(pattern, StringComparison.Ordinal))
        {
            return FuzzyScorer.NoMatch;
        }

        return scorer.Score(pattern, document.FieldAt(field), comparable, positions);
    }

    /// <summary>
    /// What a term is compared with in a field: smart case (a term with an upper-case letter against the text as it
    /// is, else against the lower-cased text), except that a tenant id is compared in lower case whatever the term's
    /// case: GUIDs have no case, and an id pasted in upper case must find its customer.
    /// </summary>
    private static (string Pattern, string Comparable) Operands(SearchDocument document, int field, QueryTerm term) =>
        term.CaseSensitive && field != (int)SearchField.TenantId
            ? (term.Pattern, document.FieldAt(field))
            : (term.LowerPattern, document.LowerFieldAt(field));

    /// <summary>
    /// How closely a term matches one field it matches: at the start of a word (the field's start, or after a
    /// character that is not a letter or digit; in a tenant id only its start), unbroken elsewhere, or only as
    /// letters in order. The groups of a GUID are not words: "fab" in "…-fab1-…" is a coincidence, not a customer.
    /// </summary>
    private static MatchKind KindIn(SearchDocument document, int field, QueryTerm term)
    {
        (string pattern, string comparable) = Operands(document, field, term);
        string text = document.FieldAt(field);
        int at = comparable.IndexOf(pattern, StringComparison.Ordinal);
        if (at < 0)
        {
            return MatchKind.LettersInOrder;
        }

        for (; at >= 0; at = comparable.IndexOf(pattern, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || (field != (int)SearchField.TenantId && MatchScoring.Classify(text[at - 1]) <= CharClass.Delimiter))
            {
                return MatchKind.WordStart;
            }
        }

        return MatchKind.Anywhere;
    }

    /// <summary>One core's share of a parallel scan: its own scorer (which keeps buffers) and result arrays.</summary>
    private sealed class ScanPart(int capacity)
    {
        public FuzzyScorer Scorer { get; } = new();

        public int[] Rows { get; } = new int[capacity];

        public long[] Keys { get; } = new long[capacity];

        public int Count { get; set; }
    }
}
