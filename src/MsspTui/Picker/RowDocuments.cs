using System.Collections;
using MsspTui.Core.Matching;

namespace MsspTui.Picker;

/// <summary>The rows' search documents as the index sees them, created on first use rather than up front.</summary>
internal sealed class RowDocuments(List<PickerRow> rows) : IReadOnlyList<SearchDocument>
{
    public int Count => rows.Count;

    public SearchDocument this[int index] => rows[index].Search;

    public IEnumerator<SearchDocument> GetEnumerator() => rows.Select(r => r.Search).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
