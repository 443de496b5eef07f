using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace MsspTui.Picker;

/// <summary>The selected customer's every field, portals, links, contacts, notes and drift findings; scrolls with Shift+Up/Down.</summary>
internal sealed class DetailView : View
{
    private readonly PickerState _state;
    private readonly PickerTheme _theme;
    private PickerRow? _shownRow;
    private IReadOnlyList<string> _lines = [];
    private bool _synced;
    private int _scroll;

    public DetailView(PickerState state, PickerTheme theme)
    {
        _state = state;
        _theme = theme;
        CanFocus = false;
        BorderStyle = LineStyle.Single;
        Border!.Thickness = new Thickness(0, 1, 0, 0);
    }

    public void ScrollBy(int delta)
    {
        _scroll = Math.Clamp(_scroll + delta, 0, Math.Max(_lines.Count - Viewport.Height, 0));
        SetNeedsDraw();
    }

    /// <summary>Follows the selection; call before drawing, so the border's title is right in the same frame.</summary>
    public void Sync()
    {
        PickerRow? row = _state.SelectedRow;
        if (!ReferenceEquals(row, _shownRow) || !_synced)
        {
            _synced = true;
            _shownRow = row;
            _lines = DetailText.For(row, _state.Registry);
            _scroll = 0;
            Title = row?.Name ?? string.Empty;
            SetNeedsDraw();
        }
    }

    // Every cell of the viewport is painted below; clearing it first would double each frame's work (TG clears cell by cell).
    protected override bool OnClearingViewport() => true;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        Sync();
        PickerRow? row = _shownRow;

        for (int y = 0; y < Viewport.Height; y++)
        {
            int index = _scroll + y;
            string line = index < _lines.Count ? _lines[index] : string.Empty;
            var attribute = _theme.Normal(this);
            if (index < _lines.Count && row is not null && index > 0 && index <= row.Findings.Count)
            {
                attribute = _theme.Severity(this, row.Findings[index - 1].Severity);
            }

            CellWriter.Write(this, 0, y, Viewport.Width, line, attribute, attribute);
        }

        return true;
    }
}
