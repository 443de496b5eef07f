using Terminal.Gui.ViewBase;

namespace MsspTui.Picker;

/// <summary>The bottom line: the last message (errors stand out) or, when there is none, the key hints.</summary>
internal sealed class StatusLineView : View
{
    private readonly PickerTheme _theme;

    public StatusLineView(PickerTheme theme)
    {
        _theme = theme;
        CanFocus = false;
    }

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public void Show(string? message, bool isError = false)
    {
        Message = message;
        IsError = isError;
        SetNeedsDraw();
    }

    // Every cell of the viewport is painted below; clearing it first would double each frame's work (TG clears cell by cell).
    protected override bool OnClearingViewport() => true;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        if (Message is null)
        {
            string hints = Viewport.Width >= PickerKeys.Hints.Length ? PickerKeys.Hints : PickerKeys.CompactHints;
            CellWriter.Write(this, 0, 0, Viewport.Width, hints, _theme.Dim(this), _theme.Dim(this));
        }
        else
        {
            var attribute = IsError ? _theme.Error(this) : _theme.Normal(this);
            CellWriter.Write(this, 0, 0, Viewport.Width, (IsError ? "error: " : string.Empty) + Message, attribute, attribute);
        }

        return true;
    }
}
