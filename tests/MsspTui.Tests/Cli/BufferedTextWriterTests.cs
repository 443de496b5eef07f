using MsspTui.Cli;
using Xunit;

namespace MsspTui.Tests.Cli;

public sealed class BufferedTextWriterTests
{
    [Fact]
    public void Passes_everything_on_in_a_few_large_pieces()
    {
        var inner = new CountingWriter();
        using (var buffered = new BufferedTextWriter(inner))
        {
            for (int i = 0; i < 20_000; i++)
            {
                buffered.WriteLine($"line {i}: Zürich 桜 🛡");
            }

            buffered.Write('!');
        }

        string expected = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"line {i}: Zürich 桜 🛡{Environment.NewLine}")) + "!";
        Assert.Equal(expected, inner.ToString());
        // Line by line it would be 40,001 writes; in 64K pieces about ten (a piece may go in two parts).
        Assert.InRange(inner.Writes, 1, 4 * ((expected.Length / (64 * 1024)) + 1));
    }

    private sealed class CountingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Writes++;
            base.Write(buffer);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Writes++;
            base.Write(buffer, index, count);
        }
    }
}
