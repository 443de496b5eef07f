using System.Buffers;

namespace MsspTui.Core.Text;

/// <summary>
/// The Unicode control characters (general category Cc): C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F).
/// A terminal obeys them: ESC starts sequences that clear the screen, retitle the window or write the clipboard
/// (OSC 52), and C1's CSI and OSC do the same on their own. The registry refuses them in any value (MSSP218) except
/// tab and line feed, which multi-line notes need; <see cref="VisibleText"/> replaces all of them in text it prints.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Every C0 control, DEL and every C1 control.</summary>
    public static readonly string All = string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c));

    private static readonly SearchValues<char> Refused = SearchValues.Create(All.Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));

    // The usual abbreviations of the C0 controls, by code.
    private static readonly string[] C0Names =
    [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
        "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
    ];

    /// <summary>The first control character of <paramref name="text"/> a registry value may not hold (all but tab and line feed); null if none.</summary>
    public static char? FirstRefused(ReadOnlySpan<char> text)
    {
        // Nearly every value is printable ASCII: one vectorised check.
        if (!text.ContainsAnyExceptInRange(' ', '~'))
        {
            return null;
        }

        int at = text.IndexOfAny(Refused);
        return at < 0 ? null : text[at];
    }

    /// <summary>The character as a message names it: "U+001B (ESC)", "U+007F (DEL)", "U+009B".</summary>
    public static string Describe(char c) => c switch
    {
        < '\u0020' => $"U+{(int)c:X4} ({C0Names[c]})",
        '\u007F' => "U+007F (DEL)",
        _ => $"U+{(int)c:X4}",
    };
}
