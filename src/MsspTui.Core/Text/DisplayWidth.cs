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

    // East Asian Wide and Fullwidth (Unicode's EastAsianWidth W/F, Unicode 14, the newest emoji block taken whole), as
    // terminals' wcwidth counts them: CJK, and the emoji shown as pictures by default (the symbol ranges below are
    // listed one by one because most of their neighbours are narrow).
    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
        or >= 0x231A and <= 0x231B or >= 0x2329 and <= 0x232A or >= 0x23E9 and <= 0x23EC or 0x23F0 or 0x23F3
        or >= 0x25FD and <= 0x25FE or >= 0x2614 and <= 0x2615 or >= 0x2648 and <= 0x2653 or 0x267F or 0x2693 or 0x26A1
        or >= 0x26AA and <= 0x26AB or >= 0x26BD and <= 0x26BE or >= 0x26C4 and <= 0x26C5 or 0x26CE or 0x26D4 or 0x26EA
        or >= 0x26F2 and <= 0x26F3 or 0x26F5 or 0x26FA or 0x26FD or 0x2705 or >= 0x270A and <= 0x270B or 0x2728
        or 0x274C or 0x274E or >= 0x2753 and <= 0x2755 or 0x2757 or >= 0x2795 and <= 0x2797 or 0x27B0 or 0x27BF
        or >= 0x2B1B and <= 0x2B1C or 0x2B50 or 0x2B55
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
        or 0x1F004 or 0x1F0CF or 0x1F18E or >= 0x1F191 and <= 0x1F19A or >= 0x1F200 and <= 0x1F202
        or >= 0x1F210 and <= 0x1F23B or >= 0x1F240 and <= 0x1F248 or >= 0x1F250 and <= 0x1F251
        or >= 0x1F260 and <= 0x1F265 or >= 0x1F300 and <= 0x1F320 or >= 0x1F32D and <= 0x1F335
        or >= 0x1F337 and <= 0x1F37C or >= 0x1F37E and <= 0x1F393 or >= 0x1F3A0 and <= 0x1F3CA
        or >= 0x1F3CF and <= 0x1F3D3 or >= 0x1F3E0 and <= 0x1F3F0 or 0x1F3F4 or >= 0x1F3F8 and <= 0x1F43E or 0x1F440
        or >= 0x1F442 and <= 0x1F4FC or >= 0x1F4FF and <= 0x1F53D or >= 0x1F54B and <= 0x1F54E
        or >= 0x1F550 and <= 0x1F567 or 0x1F57A or >= 0x1F595 and <= 0x1F596 or 0x1F5A4 or >= 0x1F5FB and <= 0x1F64F
        or >= 0x1F680 and <= 0x1F6C5 or 0x1F6CC or >= 0x1F6D0 and <= 0x1F6D2 or >= 0x1F6D5 and <= 0x1F6D7
        or >= 0x1F6DD and <= 0x1F6DF or >= 0x1F6EB and <= 0x1F6EC or >= 0x1F6F4 and <= 0x1F6FC
        or >= 0x1F7E0 and <= 0x1F7EB or 0x1F7F0 or >= 0x1F90C and <= 0x1F93A or >= 0x1F93C and <= 0x1F945
        or >= 0x1F947 and <= 0x1F9FF or >= 0x1FA70 and <= 0x1FAFF
        or >= 0x20000 and <= 0x3FFFD;
}
