using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace MsspTui.Picker;

/// <summary>F1 / ?: every key, drawn over the list; any key closes it (Up/Down scroll when it does not fit).</summary>
internal sealed class HelpOverlay : View
{
    private readonly PickerTheme _theme;
    private readonly string[] _lines;
    private int _scroll;

    public HelpOverlay(PickerTheme theme)
    {
        _theme = theme;
        CanFocus = false;
        Visible = false;
        BorderStyle = LineStyle.Single;
        Title = "Keys — any key closes";
        int keyWidth = PickerKeys.All.Max(k => k.Keys.Length) + 2;
        _lines = PickerKeys.All.Select(k => k.Keys.PadRight(keyWidth) + k.Action)
            .Append(string.Empty)
            .Append("Portal menu: " + string.Join(", ", PickerKeys.PortalMenu.Select(k => $"{k.Keys} {k.Action}")))
            .ToArray();
    }

    public int PreferredHeight => _lines.Length + 2;

    public bool ScrollBy(int delta)
    {
        int max = Math.Max(_lines.Length - Viewport.Height, 0);
        int scroll = Math.Clamp(_scroll + delta, 0, max);
        bool moved = scroll != _scroll;
        _scroll = scroll;
        SetNeedsDraw();
        return moved;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        for (int y = 0; y < Viewport.Height; y++)
        {
            int index = _scroll + y;
            string line = index < _lines.Length ? " " + _lines[index] : string.Empty;
            CellWriter.Write(this, 0, y, Viewport.Width, line, _theme.Normal(this), _theme.Normal(this));
        }

        return true;
    }
}
