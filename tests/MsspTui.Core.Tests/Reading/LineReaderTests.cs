using System.Text;
using CsCheck;
using MsspTui.Core.IO;
using Xunit;

namespace MsspTui.Core.Tests.Reading;

/// <summary>The line reader's one search per line must report each line and whether it is printable ASCII exactly.</summary>
public sealed class LineReaderTests
{
    // Lines of printable ASCII, a tab, a non-ASCII letter and carriage returns, read through buffers small
    // enough that lines cross refills.
    [Fact]
    public void Reports_every_line_and_whether_it_is_printable_ascii() =>
        Gen.Select(Gen.String[Gen.Char["abc xyz-J~G=@_Kx\n\n\r\té"], 0, 200], Gen.Int[32, 64]).Sample(
            (text, bufferBytes) =>
            {
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                var reader = new LineReader((offset, buffer) => Copy(bytes, offset, buffer), 0, bytes.Length, bufferBytes);
                var expected = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
                if (expected[^1].Length == 0)
                {
                    expected.RemoveAt(expected.Count - 1);
                }

                int index = 0;
                while (reader.Next(out var line, out bool complete, out bool printableAscii))
                {
                    if (!complete)
                    {
                        // A line longer than the buffer: the caller stops reading.
                        return Encoding.UTF8.GetByteCount(expected[index]) >= bufferBytes;
                    }

                    string read = Encoding.UTF8.GetString(line);
                    bool printable = !read.AsSpan().ContainsAnyExceptInRange(' ', '~');

                    // A last line without a line break is not searched for its end: its printability is not known.
                    bool printabilityKnown = !reader.EndedWithoutLineBreak;
                    if (index >= expected.Count || read != expected[index] || (printableAscii && !printable) || (printabilityKnown && printableAscii != printable))
                    {
                        return false;
                    }

                    index++;
                }

                return index == expected.Count;
            },
            iter: 5_000);

    [Fact]
    public void The_first_byte_outside_printable_ascii_is_found_as_the_library_finds_it() =>
        Gen.Byte.Array[0, 70].Sample(bytes => LineReader.FirstOutsidePrintable(bytes) == bytes.AsSpan().IndexOfAnyExceptInRange((byte)' ', (byte)'~'), iter: 20_000);

    // Bytes read ahead (from anywhere in the file, holding the reader's start or not) change nothing that is read.
    [Fact]
    public void A_reader_that_starts_with_bytes_read_ahead_reads_the_same_lines() =>
        Gen.Select(Gen.String[Gen.Char["ab \n\ré"], 0, 200], Gen.Int[0, 220], Gen.Int[0, 220], Gen.Int[0, 220], Gen.Int[0, 64]).Sample(
            (text, fromAt, toAt, aheadAt, aheadCount) =>
            {
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                int from = Math.Min(fromAt, bytes.Length), to = Math.Clamp(toAt, from, bytes.Length);
                int aheadFrom = Math.Min(aheadAt, bytes.Length);
                var buffer = new byte[64];
                int count = Copy(bytes, aheadFrom, buffer.AsSpan(0, aheadCount));
                var withAhead = new LineReader((offset, target) => Copy(bytes, offset, target), from, to, new ReadAhead(buffer, aheadFrom, count));
                var without = new LineReader((offset, target) => Copy(bytes, offset, target), from, to, 64);
                while (true)
                {
                    bool more = without.Next(out var expected, out bool expectedComplete, out _);
                    if (withAhead.Next(out var line, out bool complete, out _) != more)
                    {
                        return false;
                    }

                    if (!more || !expectedComplete)
                    {
                        return !more || !complete;
                    }

                    if (!complete || !line.SequenceEqual(expected) || withAhead.EndedWithoutLineBreak != without.EndedWithoutLineBreak)
                    {
                        return false;
                    }
                }
            },
            iter: 5_000);

    private static int Copy(byte[] bytes, long offset, Span<byte> buffer)
    {
        int count = (int)Math.Max(0, Math.Min(buffer.Length, bytes.Length - offset));
        bytes.AsSpan((int)offset, count).CopyTo(buffer);
        return count;
    }
}
