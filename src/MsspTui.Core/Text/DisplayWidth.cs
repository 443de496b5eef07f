using System.Globalization;
using System.Text;

namespace MsspTui.Core.Text;

/// <summary>
/// How many terminal columns text takes: wide (East Asian, emoji) characters take two, combining marks none.
/// Used to line up plain-text tables; the picker uses Terminal.Gui's own measure.
/// </summary>
public static class DisplayWidth
{
    public static int Of(string text)
    {
        // Nearly every name, id and tag is printable ASCII: one column per character, found in one vectorised check.
        if (!text.AsSpan().ContainsAnyExceptInRange(' ', '~'))
        {
            return text.Length;
        }

        int width = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    public static int Of(Rune rune)
    {
        UnicodeCategory category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            || rune.Value == 0x200D)
        {
            return 0;
        }

        return IsWide(rune.Value) ? 2 : 1;
    }

    public static string PadRight(string text, int columns)
    {
        int width = Of(text);
        return width >= columns ? text : text + new string(' ', columns - width);
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
        or >= 0x2E80 and <= 0x303E
        or >= 0x3041 and <= 0x33FF
        or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF
        or >= 0xA000 and <= 0xA4CF
        or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F
        or >= 0xFF00 and <= 0xFF60
        or >= 0xFFE0 and <= 0xFFE6
        or >= 0x1F300 and <= 0x1F64F
        or >= 0x1F900 and <= 0x1F9FF
        or >= 0x20000 and <= 0x3FFFD;
}
