namespace MsspTui.Platform;

public interface IClipboard
{
    /// <summary>Copies text; returns how ("wl-copy", "OSC 52", …) or null when nothing could take it.</summary>
    string? Copy(string text);
}
