using System.Text;

namespace MsspTui.Picker;

/// <summary>
/// Copies text the way that reaches the user's clipboard: over SSH (SSH_TTY / SSH_CONNECTION) the local clipboard is
/// the wrong machine's, so OSC 52 goes to the terminal; otherwise the system clipboard, with OSC 52 as the fallback.
/// </summary>
public sealed class ClipboardCopier(IPickerPlatform platform, Action<string> writeToTerminal)
{
    public static string Osc52(string text) => "\u001b]52;c;" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "\u0007";

    /// <returns>How it was copied, for the status line.</returns>
    public string Copy(string text)
    {
        bool overSsh = !string.IsNullOrEmpty(platform.GetEnvironmentVariable("SSH_TTY"))
            || !string.IsNullOrEmpty(platform.GetEnvironmentVariable("SSH_CONNECTION"));
        if (!overSsh && platform.TryCopyToClipboard(text))
        {
            return "copied to the clipboard";
        }

        writeToTerminal(Osc52(text));
        return "copied through the terminal (OSC 52)";
    }
}
