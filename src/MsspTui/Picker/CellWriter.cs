using System.Text;
using Terminal.Gui.Text;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MsspTui.Picker;

/// <summary>
/// Writes text into a fixed number of terminal columns: wide (CJK, emoji) characters count two, overflow ends in
/// "…", the rest is padded, and characters at highlighted indices get their own attribute.
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
        int index = 0;
        view.Move(x, y);
        var ascii = new AsciiRun(view, stackalloc char[Math.Min(budget, 256)]);
        foreach (Rune raw in text.EnumerateRunes())
        {
            Rune rune = Rune.IsControl(raw) ? Space : raw;
            int w = Math.Max(rune.GetColumns(), 0);
            if (col + w > budget)
            {
                break;
            }

            while (highlights is not null && next < highlights.Count && highlights[next] < index)
            {
                next++;
            }

            bool hot = highlights is not null && next < highlights.Count && highlights[next] == index;
            if (rune.IsAscii && ascii.TryAppend((char)rune.Value, hot ? highlight : normal))
            {
                // Written with the rest of its run.
            }
            else if (w > 0)
            {
                ascii.Flush();
                view.SetAttribute(hot ? highlight : normal);
                view.AddRune(rune);
            }

            col += w;
            index += raw.Utf16SequenceLength;
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

    private static string Padding(int columns) =>
        columns < PaddingCache.Length ? PaddingCache[columns] ??= new string(' ', columns) : new string(' ', columns);

    private static readonly string?[] PaddingCache = new string?[512];

    /// <summary>
    /// Printable ASCII in one attribute, handed to Terminal.Gui as one string. Terminal.Gui splits whatever it is given
    /// into graphemes, allocating for each; a rune at a time also cost a string and an enumerator per cell, and writing
    /// cells was over half of the first frame's drawing in a profile of the picker's start. Batched, the start-up trace's
    /// draw phase went from a median of 15.6 to 14.0 ms (16 launches each). Anything else still goes a rune at a time,
    /// so grapheme clustering never changes how many columns a rune takes.
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
        foreach (Rune rune in text.EnumerateRunes())
        {
            columns += Rune.IsControl(rune) ? 1 : Math.Max(rune.GetColumns(), 0);
        }

        return columns;
    }
}
