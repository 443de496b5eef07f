using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MsspTui.Core.IO;

/// <summary>Reads bytes at an offset into a buffer; returns how many (0 at the end).</summary>
internal delegate int ReadAt(long offset, Span<byte> buffer);

/// <summary>Bytes already read: <paramref name="Count"/> bytes of the file from <paramref name="Offset"/>, at the start of <paramref name="Buffer"/>.</summary>
internal readonly record struct ReadAhead(byte[] Buffer, long Offset, int Count);

/// <summary>
/// The lines of the bytes from <paramref name="from"/> to <paramref name="to"/>, as spans into one reused buffer (valid
/// until the next call): a large file is read without holding it, so its pages are touched once and the buffer stays
/// in cache, and several readers can read parts of one file at once. Lines end at '\n' (not included).
/// </summary>
internal sealed class LineReader
{
    private readonly ReadAt _read;
    private readonly byte[] _buffer;
    private long _position;
    private long _to;
    private int _start;
    private int _end;

    public LineReader(ReadAt read, long from, long to, int bufferBytes)
    {
        _read = read;
        _buffer = GC.AllocateUninitializedArray<byte>(bufferBytes);
        _position = from;
        _to = to;
    }

    /// <summary>
    /// A reader that starts with bytes read already, in their buffer (which it goes on to use: a buffer of fresh memory
    /// costs a page fault for each 4 KB), when they hold <paramref name="from"/>; otherwise as a reader of its own.
    /// </summary>
    public LineReader(ReadAt read, long from, long to, ReadAhead ahead)
    {
        _read = read;
        _buffer = ahead.Buffer;
        _to = to;
        if (from >= ahead.Offset && from <= ahead.Offset + ahead.Count && from <= to)
        {
            long end = Math.Min(ahead.Offset + ahead.Count, to);
            _start = (int)(from - ahead.Offset);
            _end = (int)(end - ahead.Offset);
            _position = end;
        }
        else
        {
            _position = from;
        }
    }

    // The index of the first byte outside ' ' to '~' (-1 when none): the library's search, whose set-up for a line of
    // a few dozen bytes cost more than the search itself, by sixteen bytes at a time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int FirstOutsidePrintable(ReadOnlySpan<byte> text)
    {
        int at = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref byte start = ref MemoryMarshal.GetReference(text);
            for (; at + 16 <= text.Length; at += 16)
            {
                // Bytes from 0x80 up are negative as signed bytes: below ' ' too.
                var bytes = Vector128.LoadUnsafe(ref start, (nuint)at);
                uint outside = (Vector128.LessThan(bytes.AsSByte(), Vector128.Create((sbyte)' ')).AsByte() |
                                Vector128.Equals(bytes, Vector128.Create((byte)0x7F))).ExtractMostSignificantBits();
                if (outside != 0)
                {
                    return at + System.Numerics.BitOperations.TrailingZeroCount(outside);
                }
            }
        }

        int rest = text[at..].IndexOfAnyExceptInRange((byte)' ', (byte)'~');
        return rest < 0 ? -1 : at + rest;
    }

    /// <summary>Whether the last line returned is the end of the bytes without a line break after it.</summary>
    public bool EndedWithoutLineBreak { get; private set; }

    /// <summary>
    /// The next line; false at the end. <paramref name="complete"/> is false (and reading should stop) when a line is
    /// longer than the buffer. <paramref name="printableAscii"/>: the line is known to hold only bytes from ' ' to '~'
    /// (false when not, or not known).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Next(out ReadOnlySpan<byte> line, out bool complete, out bool printableAscii)
    {
        complete = true;
        printableAscii = false;
        while (true)
        {
            // One search finds the end of a printable line and tells that it is one: nearly every line is.
            var pending = _buffer.AsSpan(_start, _end - _start);
            int stop = FirstOutsidePrintable(pending);
            int newline = stop < 0 || pending[stop] == '\n' ? stop : pending[stop..].IndexOf((byte)'\n') is var after and >= 0 ? stop + after : -1;
            if (newline >= 0)
            {
                line = pending[..newline];
                printableAscii = newline == stop;
                _start += newline + 1;
                return true;
            }

            if (_position >= _to)
            {
                line = pending;
                _start = _end;
                EndedWithoutLineBreak = !line.IsEmpty;
                return !line.IsEmpty;
            }

            if (_start > 0)
            {
                pending.CopyTo(_buffer);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                line = default;
                complete = false;
                return true;
            }

            int wanted = (int)Math.Min(_buffer.Length - _end, _to - _position);
            int got = _read(_position, _buffer.AsSpan(_end, wanted));
            if (got <= 0)
            {
                // The file got shorter while being read: what was read is all there is.
                _to = _position;
                continue;
            }

            _position += got;
            _end += got;
        }
    }
}
