namespace MsspTui.Picker;

/// <summary>What the picker needs from the operating system: a browser, a clipboard, a state directory, environment.</summary>
public interface IPickerPlatform
{
    string StateDirectory { get; }

    /// <summary>Opens an https URL in the browser without its output reaching the terminal; returns an error message or null.</summary>
    string? OpenBrowser(string url);

    /// <summary>Copies to the system clipboard; false when there is none (the picker then falls back to OSC 52).</summary>
    bool TryCopyToClipboard(string text);

    string? GetEnvironmentVariable(string name);
}
