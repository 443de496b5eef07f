using System.Drawing;
using MsspTui.Picker;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.ViewBase;
using Xunit;
using Attribute = Terminal.Gui.Drawing.Attribute;
using Color = Terminal.Gui.Drawing.Color;

namespace MsspTui.Tests.Picker;

/// <summary>The direct cell writer leaves the screen buffer exactly as Terminal.Gui's AddStr leaves it.</summary>
[Collection(PickerCollection.Name)]
public sealed class TerminalCellsTests : IDisposable
{
    private static readonly Attribute Red = new(Color.Red, Color.Black);

    private readonly HeadlessScreen _screen = new(20, 4);

    private IDriver Driver => _screen.Driver;

    public void Dispose() => _screen.Dispose();

    [Theory]
    [InlineData(0, 1, "abc")]
    [InlineData(15, 2, "hello, world")] // runs off the right edge
    [InlineData(3, 0, "x")]
    public void Writes_what_AddStr_writes(int column, int row, string text)
    {
        string byTerminalGui = Write(column, row, text, useTerminalCells: false, out Point positionAfterAddStr);
        string byTerminalCells = Write(column, row, text, useTerminalCells: true, out Point positionAfterCells);

        Assert.Equal(byTerminalGui, byTerminalCells);
        Assert.Equal(positionAfterAddStr, positionAfterCells);
    }

    [Fact]
    public void Nothing_is_written_outside_the_clip()
    {
        Region clip = new(new Rectangle(0, 0, 20, 4));
        clip.Exclude(new Rectangle(2, 1, 3, 1));

        string byTerminalGui = Write(0, 1, "abcdefg", useTerminalCells: false, out _, clip);
        string byTerminalCells = Write(0, 1, "abcdefg", useTerminalCells: true, out _, clip);

        Assert.Equal(byTerminalGui, byTerminalCells);
        Assert.Equal(" ", Driver.Contents![1, 3].Grapheme);
        Assert.Equal("f", Driver.Contents[1, 5].Grapheme);
    }

    [Fact]
    public void Text_over_the_second_half_of_a_wide_character_is_left_to_Terminal_Gui()
    {
        Driver.ClearContents();
        Driver.Move(0, 0);
        Driver.AddStr("桜");

        Driver.Move(1, 0);
        Assert.False(TerminalCells.TryWriteAscii(_screen.View, "ab", Red));
    }

    /// <returns>The whole buffer afterwards: each cell's text, dirty flag and attribute, and which rows are dirty.</returns>
    private string Write(int column, int row, string text, bool useTerminalCells, out Point after, Region? clip = null)
    {
        Driver.ClearContents();
        Driver.Clip = clip ?? new Region(new Rectangle(0, 0, Driver.Cols, Driver.Rows));
        foreach (ref bool dirty in Driver.GetOutputBuffer().DirtyLines.AsSpan())
        {
            dirty = false;
        }

        for (int r = 0; r < Driver.Rows; r++)
        {
            for (int c = 0; c < Driver.Cols; c++)
            {
                Driver.Contents![r, c].IsDirty = false;
            }
        }

        Driver.Move(column, row);
        if (useTerminalCells)
        {
            Assert.True(TerminalCells.TryWriteAscii(_screen.View, text, Red));
        }
        else
        {
            Driver.SetAttribute(Red);
            Driver.AddStr(text);
        }

        after = new Point(Driver.Col, Driver.Row);
        return Describe(Driver.Contents!);
    }

    private string Describe(Cell[,] cells)
    {
        var text = new System.Text.StringBuilder();
        bool[] dirtyLines = Driver.GetOutputBuffer().DirtyLines;
        for (int r = 0; r < cells.GetLength(0); r++)
        {
            text.Append(dirtyLines[r] ? "* " : "  ");
            for (int c = 0; c < cells.GetLength(1); c++)
            {
                Cell cell = cells[r, c];
                text.Append(cell.Grapheme).Append(cell.IsDirty ? '!' : '.').Append(cell.Attribute == Red ? 'r' : '-');
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
