using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MsspTui.Core.IO;

/// <summary>
/// Finds where a run of printable ASCII (' ' to '~') ends and, in the same pass, whether up to eight given "mark"
/// bytes occur in it: <see cref="LineReader"/> learns a line's end, that it is printable and whether it holds a mark
/// with one look at each byte, where a search for the end and another for the marks looked twice (and each search's
/// set-up cost more than the look itself in lines of a few dozen bytes).
/// </summary>
internal sealed class PrintableRun
{
    private const int MaxMarks = 8;

    private readonly byte[] _marks;
    private readonly Vector128<byte> _m0, _m1, _m2, _m3, _m4, _m5, _m6, _m7;

    /// <param name="marks">One to eight printable ASCII characters.</param>
    public PrintableRun(string marks)
    {
        if (marks.Length is 0 or > MaxMarks || marks.Any(c => c is < ' ' or > '~'))
        {
            throw new ArgumentException("one to eight printable ASCII characters", nameof(marks));
        }

        // Fewer than eight: the last repeated, so every comparison below is with a mark.
        _marks = [.. marks.PadRight(MaxMarks, marks[^1]).Select(c => (byte)c)];
        (_m0, _m1, _m2, _m3) = (Vector128.Create(_marks[0]), Vector128.Create(_marks[1]), Vector128.Create(_marks[2]), Vector128.Create(_marks[3]));
        (_m4, _m5, _m6, _m7) = (Vector128.Create(_marks[4]), Vector128.Create(_marks[5]), Vector128.Create(_marks[6]), Vector128.Create(_marks[7]));
    }

    /// <summary>
    /// The index of the first byte of <paramref name="text"/> outside ' ' to '~' (-1 when there is none), and whether
    /// a mark occurs before it (in all of <paramref name="text"/> when there is none).
    /// </summary>
    public int Find(ReadOnlySpan<byte> text, out bool marked)
    {
        marked = false;
        int at = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref byte start = ref MemoryMarshal.GetReference(text);
            var space = Vector128.Create((sbyte)' ');
            var delete = Vector128.Create((byte)0x7F);
            for (; at + Vector128<byte>.Count <= text.Length; at += Vector128<byte>.Count)
            {
                var bytes = Vector128.LoadUnsafe(ref start, (nuint)at);

                // As signed bytes, everything from 0x80 up is below ' ' too.
                uint outside = (Vector128.LessThan(bytes.AsSByte(), space).AsByte() | Vector128.Equals(bytes, delete)).ExtractMostSignificantBits();
                uint marks = MarksIn(bytes);
                if (outside != 0)
                {
                    int stop = BitOperations.TrailingZeroCount(outside);
                    marked |= (marks & ((1u << stop) - 1)) != 0;
                    return at + stop;
                }

                marked |= marks != 0;
            }
        }

        for (; at < text.Length; at++)
        {
            byte b = text[at];
            if (b is < (byte)' ' or > (byte)'~')
            {
                return at;
            }

            marked |= IsMark(b);
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint MarksIn(Vector128<byte> bytes) =>
        (Vector128.Equals(bytes, _m0) | Vector128.Equals(bytes, _m1) | Vector128.Equals(bytes, _m2) | Vector128.Equals(bytes, _m3) |
         Vector128.Equals(bytes, _m4) | Vector128.Equals(bytes, _m5) | Vector128.Equals(bytes, _m6) | Vector128.Equals(bytes, _m7)).ExtractMostSignificantBits();

    private bool IsMark(byte value) => _marks.AsSpan().Contains(value);
}
