using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MsspTui.Picker;

/// <summary>The top line: "> query▏" on the left; match count, drift-only mark and drift status on the right.</summary>
internal sealed class FilterLineView : View
{
    private readonly PickerState _state;
    private readonly PickerTheme _theme;

    public FilterLineView(PickerState state, PickerTheme theme)
    {
        _state = state;
        _theme = theme;
        CanFocus = false;
    }

    /// <summary>Drift status shown at the right ("drift 3 h ago", a spinner while refreshing).</summary>
    public string DriftStatus { get; set; } = string.Empty;

    // Every cell of the viewport is painted below; clearing it first would double each frame's work (TG clears cell by cell).
    protected override bool OnClearingViewport() => true;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        int width = Viewport.Width;
        Attribute normal = _theme.Normal(this);
        string counts = $"{_state.Count}/{_state.TotalRows}";
        string right = string.Join("  ", new[] { counts, _state.DriftOnly ? "[drift only]" : null, DriftStatus }
            .Where(s => !string.IsNullOrEmpty(s)));
        int rightWidth = Math.Min(CellWriter.Columns(right) + 1, Math.Max(width / 2, 0));
        int leftWidth = Math.Max(width - rightWidth, 0);

        CellWriter.Write(this, 0, 0, Math.Min(2, leftWidth), "> ", _theme.Header(this), _theme.Header(this));
        int queryWidth = Math.Max(leftWidth - 3, 0);
        // Keep the end of a long query (where the typing happens) in view. Cut in one pass: dropping a character at a
        // time and measuring again took seconds per frame for a pasted filter of a few thousand characters.
        string query = CellWriter.Tail(_state.Query, queryWidth);
        int written = CellWriter.Columns(query);
        CellWriter.Write(this, 2, 0, written, query, normal, normal);
        Attribute cursor = new(normal.Foreground, normal.Background, normal.Style | TextStyle.Reverse);
        if (leftWidth > 2 + written)
        {
            CellWriter.Write(this, 2 + written, 0, 1, " ", cursor, cursor);
            CellWriter.Write(this, 3 + written, 0, leftWidth - 3 - written, string.Empty, normal, normal);
        }

        CellWriter.Write(this, leftWidth, 0, rightWidth, right.PadLeft(rightWidth), _theme.Dim(this), _theme.Dim(this));
        return true;
    }
}
