using System.Drawing;
using MsspTui.Picker;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.ViewBase;
using Xunit;
using Attribute = Terminal.Gui.Drawing.Attribute;
using Color = Terminal.Gui.Drawing.Color;

namespace MsspTui.Tests.Picker;

/// <summary>What <see cref="CellWriter"/> leaves in the screen buffer, cell by cell.</summary>
[Collection(PickerCollection.Name)]
public sealed class CellWriterTests : IDisposable
{
    private static readonly Attribute Normal = new(Color.White, Color.Black);
    private static readonly Attribute Hot = new(Color.Red, Color.Black);

    private readonly HeadlessScreen _screen = new(40, 2);

    private IDriver Driver => _screen.Driver;

    public void Dispose() => _screen.Dispose();

    // One cell per column as a terminal (wcwidth) places them: marks stay with their letter, spacing vowel signs
    // (Devanagari "ा", "ी") take a column of their own.
    [Theory]
    [InlineData("Cafe\u0301", "C|a|f|e\u0301")]
    [InlineData("भारतीय स्टेट", "भ|ा|र|त|ी|य| |स्|टे|ट")]
    [InlineData("กสิกร สวัสดี", "ก|สิ|ก|ร| |ส|วั|ส|ดี")]
    [InlineData("桜e\u0301", "桜| |e\u0301")]
    public void Combining_marks_stay_in_the_cell_of_their_character(string text, string cells)
    {
        int columns = CellWriter.Columns(text);

        CellWriter.Write(_screen.View, 0, 0, 20, text, Normal, Hot);

        Assert.Equal(cells, string.Join('|', Row(0).Take(columns)));
        Assert.Equal(cells.Split('|').Length, columns);
        Assert.All(Row(0).Skip(columns), cell => Assert.Equal(" ", cell));
    }

    [Fact]
    public void A_highlighted_letter_highlights_its_marks_with_it()
    {
        CellWriter.Write(_screen.View, 0, 0, 10, "Cafe\u0301s", Normal, Hot, highlights: [3]);

        Assert.Equal([Normal, Normal, Normal, Hot, Normal], Enumerable.Range(0, 5).Select(c => _screen.App.Driver!.Contents![0, c].Attribute));
    }

    [Fact]
    public void Overflow_cuts_between_cells_and_ends_in_an_ellipsis()
    {
        CellWriter.Write(_screen.View, 0, 0, 4, "Cafe\u0301s", Normal, Hot);

        Assert.Equal("C|a|f|…", string.Join('|', Row(0).Take(4)));
    }

    [Fact]
    public void Tail_keeps_whole_cells_that_fit()
    {
        Assert.Equal("e\u0301x", CellWriter.Tail("Cafe\u0301x", 2));
        Assert.Equal("abc", CellWriter.Tail("abc", 5));
    }

    private IEnumerable<string> Row(int row) => Enumerable.Range(0, 40).Select(c => _screen.App.Driver!.Contents![row, c].Grapheme);
}
