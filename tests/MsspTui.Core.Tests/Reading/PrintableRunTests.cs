using System.Text;
using CsCheck;
using MsspTui.Core.IO;
using Xunit;

namespace MsspTui.Core.Tests.Reading;

/// <summary>The one-pass search must say exactly what the two searches it replaces say.</summary>
public sealed class PrintableRunTests
{
    [Theory]
    [InlineData("J~G=@_Kx")]
    [InlineData("x")]
    [InlineData("ab")]
    public void Finds_the_end_of_the_printable_run_and_the_marks_before_it(string marks)
    {
        var run = new PrintableRun(marks);
        Gen.Select(Gen.String[Gen.Char["abcdefJ~G=@_Kx \u007F\n\t-é"], 0, 80], Gen.Int[0, 3]).Sample(
            (text, from) =>
            {
                var bytes = Encoding.UTF8.GetBytes(text).AsSpan(Math.Min(from, Encoding.UTF8.GetByteCount(text)));
                int expected = bytes.IndexOfAnyExceptInRange((byte)' ', (byte)'~');
                bool expectedMarked = bytes[..(expected < 0 ? bytes.Length : expected)].ContainsAny(Encoding.ASCII.GetBytes(marks));
                return run.Find(bytes, out bool marked) == expected && marked == expectedMarked;
            },
            iter: 20_000);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abcdefghi")]
    [InlineData("\t")]
    public void Marks_are_one_to_eight_printable_characters(string marks) => Assert.Throws<ArgumentException>(() => new PrintableRun(marks));
}
