using System.Buffers;

namespace MsspTui.Core.Text;

/// <summary>
/// The Unicode bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): invisible, they
/// reorder how the text around them is shown ("Trojan Source"), so a customer name can read as another's in a review
/// and in the picker. A name has no use for them (right-to-left scripts need none; the marks U+200E/U+200F are not
/// among them). The registry refuses them (MSSP217); <see cref="VisibleText"/> replaces them in text from outside.
/// </summary>
public static class BidiControls
{
    public const string Characters = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    private static readonly SearchValues<char> Controls = SearchValues.Create(Characters);

    public static bool Is(char c) => Controls.Contains(c);

    public static char? First(ReadOnlySpan<char> text)
    {
        // Nearly every value is printable ASCII: one vectorised check.
        if (!text.ContainsAnyExceptInRange(' ', '~'))
        {
            return null;
        }

        int at = text.IndexOfAny(Controls);
        return at < 0 ? null : text[at];
    }
}
