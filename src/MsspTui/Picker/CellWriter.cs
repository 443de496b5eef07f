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
            view.SetAttribute(hot ? highlight : normal);
            if (w > 0)
            {
                view.AddRune(rune);
            }

            col += w;
            index += raw.Utf16SequenceLength;
        }

        view.SetAttribute(normal);
        if (total > width)
        {
            view.Move(x + col, y);
            view.AddRune(Ellipsis);
            col++;
        }

        for (; col < width; col++)
        {
            view.Move(x + col, y);
            view.AddRune(Space);
        }

        return width;
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
