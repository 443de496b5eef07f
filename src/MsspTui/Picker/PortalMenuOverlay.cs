using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MsspTui.Picker;

/// <summary>Tab / Ctrl+O: the portals and custom links of the selected customer, each with its URL.</summary>
internal sealed class PortalMenuOverlay : View
{
    private readonly PickerTheme _theme;
    private IReadOnlyList<PortalChoice> _choices = [];
    private int _top;

    public PortalMenuOverlay(PickerTheme theme)
    {
        _theme = theme;
        CanFocus = false;
        Visible = false;
        BorderStyle = LineStyle.Single;
    }

    public int PreferredHeight => _choices.Count + 2;

    public int Selected { get; private set; }

    public PortalChoice? SelectedChoice => Selected >= 0 && Selected < _choices.Count ? _choices[Selected] : null;

    public void ShowFor(string customerName, IReadOnlyList<PortalChoice> choices)
    {
        _choices = choices;
        Selected = Math.Max(0, choices.ToList().FindIndex(c => c.IsDefault));
        _top = 0;
        Title = $"Open {customerName} in — Enter open, ^Y copy, Esc close";
        Visible = true;
        SetNeedsDraw();
    }

    public void MoveTo(int index)
    {
        Selected = _choices.Count == 0 ? 0 : Math.Clamp(index, 0, _choices.Count - 1);
        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        int height = Viewport.Height;
        if (Selected < _top)
        {
            _top = Selected;
        }
        else if (Selected >= _top + height)
        {
            _top = Selected - height + 1;
        }

        int nameWidth = _choices.Count == 0 ? 0 : _choices.Max(c => CellWriter.Columns(c.Name)) + 2;
        for (int y = 0; y < height; y++)
        {
            int index = _top + y;
            bool selected = index == Selected;
            Attribute attribute = selected ? _theme.Selected(this) : _theme.Normal(this);
            string line = string.Empty;
            if (index < _choices.Count)
            {
                PortalChoice choice = _choices[index];
                string key = index < 9 ? $"{index + 1}" : " ";
                string mark = choice.IsDefault ? "*" : " ";
                line = $"{(selected ? "▌" : " ")}{key} {mark}{choice.Name.PadRight(nameWidth)}{choice.Url}";
            }

            CellWriter.Write(this, 0, y, Viewport.Width, line, attribute, attribute);
        }

        return true;
    }
}
