using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MsspTui.Picker;

/// <summary>
/// The attributes the picker draws with, from the view's scheme. Without colour (NO_COLOR, --no-color) the
/// selection is reverse video and matches are underlined, so nothing depends on colour; badges carry symbols.
/// </summary>
internal sealed class PickerTheme(bool noColor)
{
    public bool NoColor { get; } = noColor;

    public Attribute Normal(View view) => view.GetAttributeForRole(VisualRole.Normal);

    public Attribute Match(View view) => NoColor
        ? Styled(Normal(view), TextStyle.Underline | TextStyle.Bold)
        : Styled(view.GetAttributeForRole(VisualRole.HotNormal), TextStyle.Bold);

    public Attribute Selected(View view) => NoColor
        ? Styled(Normal(view), TextStyle.Reverse)
        : view.GetAttributeForRole(VisualRole.Focus);

    public Attribute SelectedMatch(View view) => NoColor
        ? Styled(Normal(view), TextStyle.Reverse | TextStyle.Underline | TextStyle.Bold)
        : Styled(view.GetAttributeForRole(VisualRole.HotFocus), TextStyle.Bold);

    public Attribute Header(View view) => Styled(Normal(view), TextStyle.Bold | TextStyle.Underline);

    public Attribute Dim(View view) => NoColor ? Normal(view) : view.GetAttributeForRole(VisualRole.Disabled);

    public Attribute Severity(View view, PickerSeverity? severity)
    {
        Attribute normal = Normal(view);
        if (NoColor || severity is null)
        {
            return normal;
        }

        Color color = severity switch
        {
            PickerSeverity.Error => new Color(ColorName16.BrightRed),
            PickerSeverity.Warning => new Color(ColorName16.Yellow),
            _ => new Color(ColorName16.Cyan),
        };
        return new Attribute(color, normal.Background, normal.Style);
    }

    public Attribute Error(View view) => Severity(view, PickerSeverity.Error);

    private static Attribute Styled(Attribute attribute, TextStyle style) =>
        new(attribute.Foreground, attribute.Background, attribute.Style | style);
}
