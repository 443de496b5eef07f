using MsspTui.Core.Matching;
using MsspTui.Core.Registry;

namespace MsspTui.Picker;

/// <summary>
/// What the picker shows, independent of drawing: rows, the filter, the drift-only switch, the selection.
/// Filtering goes through <see cref="SearchIndex"/>, so a keystroke costs no allocation per row. It runs when the
/// result is first read after the query changed, not on each keystroke: keys that arrive together (a paste, fast
/// typing, tmux send-keys) filter once, for the frame that shows them.
/// </summary>
public sealed class PickerState
{
    private readonly FrecencyBook _frecency;
    private readonly TimeProvider _time;
    private List<PickerRow> _rows = [];
    private readonly SearchDocument?[] _customerDocuments;
    private RowDocuments _documents;
    private SearchIndex _index = new([]);
    private SearchResult _result;
    private int[] _visible = [];
    private int _visibleCount;
    private int _selected;
    private bool _stale;

    public PickerState(CustomerRegistry registry, FrecencyBook frecency, TimeProvider time)
    {
        Registry = registry;
        _frecency = frecency;
        _time = time;
        _customerDocuments = new SearchDocument?[registry.Customers.Count];
        _documents = new RowDocuments(_rows, _customerDocuments);
        Rebuild();
    }

    public CustomerRegistry Registry { get; }

    public PickerDriftState? Drift { get; private set; }

    public string Query { get; private set; } = string.Empty;

    public bool DriftOnly { get; private set; }

    public int TotalRows => _rows.Count;

    public int Count
    {
        get
        {
            Refilter();
            return _visibleCount;
        }
    }

    /// <summary>Index of the selected row among the visible ones; -1 when nothing is visible.</summary>
    public int Selected
    {
        get
        {
            Refilter();
            return _selected;
        }

        private set => _selected = value;
    }

    public PickerRow? SelectedRow => Selected >= 0 && Selected < _visibleCount ? _rows[_visible[Selected]] : null;

    public PickerRow RowAt(int visibleIndex)
    {
        Refilter();
        return _rows[_visible[visibleIndex]];
    }

    public void Highlight(int visibleIndex, SearchField field, List<int> positions)
    {
        if (Query.Length == 0)
        {
            positions.Clear();
            return;
        }

        Refilter();
        _index.Highlight(_visible[visibleIndex], Query, field, positions);
    }

    public void SetQuery(string query)
    {
        if (query != Query)
        {
            Query = query;
            _stale = true;
        }
        else
        {
            Refilter();
            Selected = _visibleCount > 0 ? 0 : -1;
        }
    }

    public void ToggleDriftOnly()
    {
        Refilter();
        PickerRow? keep = SelectedRow;
        DriftOnly = !DriftOnly;
        ApplyDriftOnly();
        Reselect(keep);
    }

    public void MoveBy(int delta) => MoveTo(Selected + delta);

    public void MoveTo(int index)
    {
        Refilter();
        Selected = _visibleCount == 0 ? -1 : Math.Clamp(index, 0, _visibleCount - 1);
    }

    /// <summary>Replaces the drift shown: rows gain badges and unregistered tenants; the filter and selection stay.</summary>
    public void ApplyDrift(PickerDriftState drift)
    {
        PickerRow? keep = SelectedRow;
        Drift = drift;
        Rebuild();
        Reselect(keep);
    }

    public void RecordVisit(PickerRow row)
    {
        if (row.Customer is { } customer)
        {
            _frecency.RecordVisit(customer.Id, _time.GetUtcNow());
        }
    }

    private void Rebuild()
    {
        var rows = new List<PickerRow>(Registry.Customers.Count + (Drift?.Unregistered.Count ?? 0));
        foreach (Customer customer in Registry.Customers)
        {
            rows.Add(PickerRow.For(customer, Drift?.For(customer.Id) ?? []));
        }

        foreach (PickerUnregisteredTenant tenant in Drift?.Unregistered ?? [])
        {
            rows.Add(PickerRow.For(tenant));
        }

        _rows = rows;
        _documents = new RowDocuments(rows, _customerDocuments);
        _index = new SearchIndex(_documents);
        StartupTrace.Mark("rows built");
        _index.SetBaseOrder(BaseOrder(rows));
        if (_visible.Length < rows.Count)
        {
            _visible = new int[rows.Count];
        }

        _stale = true;
        Refilter();
    }

    /// <summary>Filters for the current query when it changed since the last read; the selection goes to the best match.</summary>
    private void Refilter()
    {
        if (!_stale)
        {
            return;
        }

        _stale = false;
        _result = _index.Filter(Query);
        ApplyDriftOnly();
        _selected = _visibleCount > 0 ? 0 : -1;
    }

    /// <summary>Builds every row's search fields ahead of the first keystroke; safe to run off the UI thread.</summary>
    public void WarmUp()
    {
        // Through the documents shared by every rebuild of the rows, so drift arriving meanwhile loses nothing. From
        // the last row back: a keystroke during the warm-up filters from the first rows on (in parts, one per core),
        // so the two meet instead of building the same documents side by side.
        RowDocuments documents = _documents;
        for (int i = documents.Count - 1; i >= 0; i--)
        {
            _ = documents[i];
        }
    }

    /// <summary>The search document of a row as the filter uses it (tests: documents outlive a drift update).</summary>
    internal SearchDocument DocumentAt(int row) => _documents[row];

    /// <summary>Recent customers first, then by name; unregistered tenants after every registered customer.</summary>
    private int[] BaseOrder(List<PickerRow> rows)
    {
        var ids = new string?[rows.Count];
        var names = new string[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            ids[i] = rows[i].Customer?.Id;
            names[i] = rows[i].Name;
        }

        // Registered customers come first among the rows (Rebuild), each group in name order.
        int registered = Registry.Customers.Count;
        IReadOnlyList<int> customersByName = Registry.CustomersByName ?? NameOrder.Of(names[..registered]);
        int[] unregisteredByName = NameOrder.Of(names[registered..]);
        var byName = new int[rows.Count];
        for (int i = 0; i < registered; i++)
        {
            byName[i] = customersByName[i];
        }

        for (int i = 0; i < unregisteredByName.Length; i++)
        {
            byName[registered + i] = registered + unregisteredByName[i];
        }

        return CustomerOrder.ByFrecencyThenName(ids, names, _frecency, _time.GetUtcNow(), byName);
    }

    private void ApplyDriftOnly()
    {
        ReadOnlySpan<int> matches = _result.Rows;
        int count = 0;
        foreach (int row in matches)
        {
            if (!DriftOnly || _rows[row].Findings.Count > 0)
            {
                _visible[count++] = row;
            }
        }

        _visibleCount = count;
    }

    private void Reselect(PickerRow? keep)
    {
        int index = -1;
        if (keep is not null)
        {
            for (int i = 0; i < _visibleCount; i++)
            {
                PickerRow row = _rows[_visible[i]];
                if (string.Equals(row.TenantId, keep.TenantId, StringComparison.OrdinalIgnoreCase) && row.Id == keep.Id)
                {
                    index = i;
                    break;
                }
            }
        }

        MoveTo(index < 0 ? 0 : index);
    }
}
