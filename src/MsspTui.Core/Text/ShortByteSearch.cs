using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MsspTui.Core.Text;

/// <summary>
/// The first of either of two bytes in a short text (a registry value: a dozen to a few dozen bytes), inline: the
/// library's search is made for long texts, and its call and set-up cost a value more than the search itself.
/// </summary>
internal static class ShortByteSearch
{
    /// <summary>The index of the first <paramref name="first"/> or <paramref name="second"/> in <paramref name="text"/>; -1 when neither is there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOfEither(ReadOnlySpan<byte> text, byte first, byte second)
    {
        ref byte start = ref MemoryMarshal.GetReference(text);
        int length = text.Length;
        if (Vector128.IsHardwareAccelerated && length >= Vector128<byte>.Count)
        {
            int at = 0;
            for (; at + Vector128<byte>.Count <= length; at += Vector128<byte>.Count)
            {
                if (Found(Vector128.LoadUnsafe(ref start, (nuint)at), first, second) is var found and not 0)
                {
                    return at + BitOperations.TrailingZeroCount(found);
                }
            }

            // The last sixteen bytes, overlapping what is searched already (where neither byte is).
            if (at < length)
            {
                int last = length - Vector128<byte>.Count;
                if (Found(Vector128.LoadUnsafe(ref start, (nuint)last), first, second) is var found and not 0)
                {
                    return last + BitOperations.TrailingZeroCount(found);
                }
            }

            return -1;
        }

        if (length >= sizeof(ulong))
        {
            // Eight bytes as one word at a time, the last eight overlapping what is searched already.
            int at = 0;
            for (; at + sizeof(ulong) <= length; at += sizeof(ulong))
            {
                if (FoundInWord(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, at)), first, second) is var inWord and >= 0)
                {
                    return at + inWord;
                }
            }

            int last = length - sizeof(ulong);
            return at < length && FoundInWord(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, last)), first, second) is var inLast and >= 0 ? last + inLast : -1;
        }

        for (int at = 0; at < length; at++)
        {
            byte b = Unsafe.Add(ref start, at);
            if (b == first || b == second)
            {
                return at;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Found(Vector128<byte> bytes, byte first, byte second) =>
        (Vector128.Equals(bytes, Vector128.Create(first)) | Vector128.Equals(bytes, Vector128.Create(second))).ExtractMostSignificantBits();

    // The index in the word (read little-endian) of the first byte equal to either; -1 when none. A byte that is zero
    // after the exclusive or sets its top bit in (x - 0x01…) & ~x; a borrow can also set it in a byte above a zero
    // byte, never below one, so the lowest bit set is exact.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FoundInWord(ulong word, byte first, byte second)
    {
        if (!BitConverter.IsLittleEndian)
        {
            word = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(word);
        }

        const ulong Ones = 0x0101_0101_0101_0101UL, Highs = 0x8080_8080_8080_8080UL;
        ulong x = word ^ (Ones * first), y = word ^ (Ones * second);
        ulong zeros = (((x - Ones) & ~x) | ((y - Ones) & ~y)) & Highs;
        return zeros == 0 ? -1 : BitOperations.TrailingZeroCount(zeros) / 8;
    }
}
