using System.Globalization;
using System.Text;
using Terminal.Gui.Text;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MsspTui.Picker;

/// <summary>
/// Writes text into a fixed number of terminal columns: wide (CJK, emoji) characters count two, combining marks stay
/// with their character, overflow ends in "…", the rest is padded, and characters at highlighted indices get their
/// own attribute.
/// </summary>
internal static class CellWriter
{
    private static readonly Rune Ellipsis = new('…');
    private static readonly Rune Space = new(' ');

    /// <returns>The number of columns written (always <paramref name="width"/> when it is positive).</returns>
    public static int Write(View view, int x, int y, int width, string text, Attribute normal, Attribute highlight,
        IReadOnlyList<int>? highlights = null)
    {
        if (width <= 0)
        {
            return 0;
        }

        int total = Columns(text);
        int budget = total > width ? width - 1 : width;
        int col = 0;
        int next = 0;
        view.Move(x, y);
        var ascii = new AsciiRun(view, stackalloc char[Math.Min(budget, 256)]);
        for (int index = 0; index < text.Length;)
        {
            int length = NextCell(text, index, out int w);
            if (col + w > budget)
            {
                break;
            }

            while (highlights is not null && next < highlights.Count && highlights[next] < index)
            {
                next++;
            }

            // A cell is highlighted when any of its characters is (a base letter or one of its marks).
            bool hot = highlights is not null && next < highlights.Count && highlights[next] < index + length;
            Attribute attribute = hot ? highlight : normal;
            if (w == 0 || (length == 1 && ascii.TryAppend(text[index], attribute)))
            {
                // Nothing to draw (a mark with no base, an invisible format character), or written with its ASCII run.
            }
            else if (char.IsControl(text[index]))
            {
                ascii.Flush();
                view.SetAttribute(attribute);
                view.AddRune(Space);
            }
            else
            {
                ascii.Flush();
                view.SetAttribute(attribute);
                bool loneSurrogate = char.IsSurrogate(text[index]) && (index + 1 == text.Length || !char.IsSurrogatePair(text[index], text[index + 1]));
                view.AddStr(loneSurrogate ? "\uFFFD" : text.Substring(index, length));
            }

            col += w;
            index += length;
        }

        ascii.Flush();
        view.SetAttribute(normal);
        if (total > width)
        {
            view.Move(x + col, y);
            view.AddRune(Ellipsis);
            col++;
        }

        if (col < width)
        {
            view.Move(x + col, y);
            string padding = Padding(width - col);
            if (!TerminalCells.TryWriteAscii(view, padding, normal))
            {
                view.AddStr(padding);
            }
        }

        return width;
    }

    /// <summary>
    /// The terminal cell that starts at <paramref name="index"/>: a character with the combining marks (and joiners)
    /// that follow it, so "e\u0301" is one cell and no mark is lost. Terminals place cells the way wcwidth measures
    /// characters: a spacing character takes its own column(s) even where Unicode joins it into one grapheme with the
    /// one before — a Devanagari vowel sign such as "ा", which Terminal.Gui's grapheme width would fold into the
    /// consonant's column (that drew "भारतीय स्टेट बैंक हिन्दी" four columns narrower than tmux shows it, shifting every
    /// column after it). Each cell therefore holds one spacing character, its width as Terminal.Gui measures that cell
    /// (at least one column, at most two); control characters take one column (drawn as a space); a mark with no
    /// character before it, and invisible format characters, take none and are not drawn.
    /// </summary>
    /// <returns>The cell's length in UTF-16 code units; its columns in <paramref name="columns"/>.</returns>
    internal static int NextCell(string text, int index, out int columns)
    {
        char c = text[index];

        // Printable ASCII not followed by a mark (all marks and joiners are at U+0300 or above): the common case.
        if (c is >= ' ' and <= '~' && (index + 1 == text.Length || text[index + 1] < '\u0300'))
        {
            columns = 1;
            return 1;
        }

        Rune rune = RuneAt(text, index, out int length);
        if (Rune.IsControl(rune))
        {
            columns = 1;
            return length;
        }

        if (IsAttached(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
        {
            columns = 0;
            return length;
        }

        int baseLength = length;
        while (index + length < text.Length && IsAttached(RuneAt(text, index + length, out int markLength)))
        {
            length += markLength;
        }

        columns = length == baseLength
            ? Math.Clamp(rune.GetColumns(), 1, 2)
            : Math.Clamp(text.Substring(index, length).GetColumns(), 1, 2);
        return length;
    }

    // A lone surrogate reads as U+FFFD, one code unit long.
    private static Rune RuneAt(string text, int index, out int length)
    {
        Rune.DecodeFromUtf16(text.AsSpan(index), out Rune rune, out length);
        return rune;
    }

    // Characters a terminal draws in the cell before them; all extend a grapheme (Unicode UAX #29 GB9), so Terminal.Gui
    // keeps such a cell as one grapheme too.
    private static bool IsAttached(Rune rune) =>
        rune.Value >= 0x300 &&
        (rune.Value == 0x200D || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark);

    /// <summary>The end of <paramref name="text"/> that fits in <paramref name="columns"/>, whole cells only.</summary>
    public static string Tail(string text, int columns)
    {
        int excess = Columns(text) - columns;
        int start = 0;
        while (excess > 0 && start < text.Length)
        {
            start += NextCell(text, start, out int w);
            excess -= w;
        }

        return start == 0 ? text : text[start..];
    }

    private static string Padding(int columns) =>
        columns < PaddingCache.Length ? PaddingCache[columns] ??= new string(' ', columns) : new string(' ', columns);

    private static readonly string?[] PaddingCache = new string?[512];

    /// <summary>
    /// Printable ASCII in one attribute, handed to Terminal.Gui as one string. Terminal.Gui splits whatever it is given
    /// into graphemes, allocating for each; a rune at a time also cost a string and an enumerator per cell, and writing
    /// cells was over half of the first frame's drawing in a profile of the picker's start. Batched, the start-up trace's
    /// draw phase went from a median of 15.6 to 14.0 ms (16 launches each). Anything else goes a cell at a time
    /// (see <see cref="NextCell"/>).
    /// </summary>
    private ref struct AsciiRun(View view, Span<char> buffer)
    {
        private readonly View _view = view;
        private readonly Span<char> _buffer = buffer;
        private int _length;
        private Attribute _attribute;

        public bool TryAppend(char c, Attribute attribute)
        {
            if (c < ' ' || c > '~')
            {
                return false;
            }

            if (_length > 0 && (_length == _buffer.Length || attribute != _attribute))
            {
                Flush();
            }

            _attribute = attribute;
            _buffer[_length++] = c;
            return true;
        }

        public void Flush()
        {
            if (_length == 0)
            {
                return;
            }

            if (!TerminalCells.TryWriteAscii(_view, _buffer[.._length], _attribute))
            {
                _view.SetAttribute(_attribute);
                _view.AddStr(new string(_buffer[.._length]));
            }

            _length = 0;
        }
    }

    public static int Columns(string text)
    {
        int columns = 0;
        for (int index = 0; index < text.Length;)
        {
            index += NextCell(text, index, out int w);
            columns += w;
        }

        return columns;
    }
}
