using System.Drawing;
using Terminal.Gui.Drawing;
using Terminal.Gui.Text;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MsspTui.Picker;

/// <summary>
/// Writes printable ASCII straight into Terminal.Gui's screen buffer (<c>IDriver.Contents</c>), cell by cell, with the
/// effects Terminal.Gui 2.5's own <c>AddStr</c> has for such text: the attribute, the cell and the one after it marked
/// dirty, the row marked dirty, nothing outside the clip or the screen, and the draw position moved past the text.
/// <c>AddStr</c> splits its text into graphemes and measures, validates and locks for each one: about 3 µs a cell,
/// two thirds of drawing the first frame. Anything it would treat differently — no driver yet, a wide character
/// whose second half the text overwrites — is left to it.
/// </summary>
internal static class TerminalCells
{
    private static readonly string[] AsciiGraphemes = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>Writes <paramref name="text"/> (printable ASCII only) at the driver's draw position; false when it did not.</summary>
    public static bool TryWriteAscii(View view, ReadOnlySpan<char> text, Attribute attribute)
    {
        if (view.App?.Driver is not { } driver || driver.Contents is not { } contents || driver.Clip is not { } clip ||
            driver.GetOutputBuffer().DirtyLines is not { } dirtyLines)
        {
            return false;
        }

        int rows = contents.GetLength(0);
        int columns = contents.GetLength(1);
        int row = driver.Row;
        int column = driver.Col;
        if (row < 0 || row >= rows || dirtyLines.Length != rows)
        {
            return false;
        }

        // Overwriting the second half of a wide character replaces the character: Terminal.Gui's rule, its glyph.
        if (column > 0 && column <= columns && contents[row, column - 1].Grapheme is { Length: > 0 } left &&
            !(left.Length == 1 && left[0] < 128) && left.GetColumns() > 1)
        {
            return false;
        }

        Rectangle clipBounds = clip.GetBounds();
        bool allInClip = clip.Contains(new Rectangle(column, row, text.Length, 1));
        for (int i = 0; i < text.Length; i++, column++)
        {
            if (column < 0 || column >= columns || (!allInClip && !clip.Contains(column, row)))
            {
                continue;
            }

            contents[row, column] = new Cell(attribute, IsDirty: true, AsciiGraphemes[text[i]]);
            if (column < clipBounds.Right - 1 && column + 1 < columns)
            {
                contents[row, column + 1].IsDirty = true;
            }

            dirtyLines[row] = true;
        }

        driver.Move(column, row);
        return true;
    }
}
