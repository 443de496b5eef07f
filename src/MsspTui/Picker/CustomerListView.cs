using MsspTui.Core.Matching;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MsspTui.Picker;

/// <summary>
/// The customer table: a header and the visible rows only (drawing cost depends on the screen, not the registry),
/// with the filter's matched characters highlighted in name, id, tenant id and tags.
/// </summary>
internal sealed class CustomerListView : View
{
    private readonly PickerState _state;
    private readonly PickerTheme _theme;
    private readonly List<int> _positions = new();
    private int _top;

    public CustomerListView(PickerState state, PickerTheme theme)
    {
        _state = state;
        _theme = theme;
        CanFocus = false;
    }

    /// <summary>Rows that fit below the header.</summary>
    public int PageSize => Math.Max(Viewport.Height - 1, 1);

    // Every cell of the viewport is painted below; clearing it first would double each frame's work (TG clears cell by cell).
    protected override bool OnClearingViewport() => true;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        int width = Viewport.Width;
        int height = Viewport.Height;
        if (width <= 0 || height <= 0)
        {
            return true;
        }

        ListColumns columns = ListColumns.For(width);
        DrawHeader(columns);
        int page = height - 1;
        if (_state.Selected >= 0)
        {
            if (_state.Selected < _top)
            {
                _top = _state.Selected;
            }
            else if (_state.Selected >= _top + page)
            {
                _top = _state.Selected - page + 1;
            }
        }

        _top = Math.Clamp(_top, 0, Math.Max(_state.Count - page, 0));
        for (int line = 0; line < page; line++)
        {
            int index = _top + line;
            if (index < _state.Count)
            {
                DrawRow(columns, line + 1, index);
            }
            else
            {
                CellWriter.Write(this, 0, line + 1, width, string.Empty, _theme.Normal(this), _theme.Normal(this));
            }
        }

        if (_state.Count == 0 && page > 0)
        {
            string message = _state.TotalRows == 0 ? "  The registry has no customers."
                : _state.DriftOnly ? "  No customer with drift matches (Ctrl+D shows all)." : "  No customer matches.";
            CellWriter.Write(this, 0, 1, width, message, _theme.Dim(this), _theme.Dim(this));
        }

        return true;
    }

    private void DrawHeader(ListColumns c)
    {
        Attribute header = _theme.Header(this);
        int x = 0;
        x += CellWriter.Write(this, x, 0, c.Marker, string.Empty, header, header);
        x += Cell(x, 0, c.Name, "NAME", header, header) ;
        x += Cell(x, 0, c.Id, "ID", header, header);
        x += Cell(x, 0, c.TenantId, "TENANT ID", header, header);
        x += Cell(x, 0, c.Tags, "TAGS", header, header);
        x += Cell(x, 0, c.Status, "STATUS", header, header);
        Cell(x, 0, Math.Max(Viewport.Width - x - ListColumns.Gap, 0), "DRIFT", header, header);
    }

    private void DrawRow(ListColumns c, int y, int index)
    {
        PickerRow row = _state.RowAt(index);
        bool selected = index == _state.Selected;
        Attribute normal = selected ? _theme.Selected(this) : _theme.Normal(this);
        Attribute match = selected ? _theme.SelectedMatch(this) : _theme.Match(this);
        int x = 0;
        x += CellWriter.Write(this, x, y, c.Marker, selected ? "▌" : string.Empty, normal, normal);
        x += Field(x, y, c.Name, row.Name, index, SearchField.Name, normal, match);
        x += Field(x, y, c.Id, row.Id, index, SearchField.Id, normal, match);
        x += Field(x, y, c.TenantId, row.TenantId, index, SearchField.TenantId, normal, match);
        x += Field(x, y, c.Tags, row.Tags, index, SearchField.Tags, normal, match);
        x += Cell(x, y, c.Status, row.Status, normal, normal);
        Attribute badge = selected ? normal : _theme.Severity(this, DriftBadge.Worst(row.Findings));
        Cell(x, y, Math.Max(Viewport.Width - x - ListColumns.Gap, 0), DriftBadge.For(row.Findings), badge, badge);
    }

    private int Field(int x, int y, int width, string text, int index, SearchField field, Attribute normal, Attribute match)
    {
        _state.Highlight(index, field, _positions);
        return Cell(x, y, width, text, normal, match, _positions);
    }

    private int Cell(int x, int y, int width, string text, Attribute normal, Attribute match, List<int>? positions = null)
    {
        if (width <= 0)
        {
            return 0;
        }

        int written = CellWriter.Write(this, x, y, width, text, normal, match, positions);
        CellWriter.Write(this, x + written, y, ListColumns.Gap, string.Empty, normal, normal);
        return written + ListColumns.Gap;
    }
}
