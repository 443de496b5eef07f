using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MsspTui.Core.Validation;

/// <summary>
/// A fast 64-bit hash of bytes, eight at a time, for keys that stand for texts no longer held (<see cref="DistinctTexts"/>,
/// <see cref="RepeatedValues"/>). Not for anything an attacker could exploit: a collision only ever sends a registry to
/// the full check.
/// </summary>
internal static class WordHash
{
    /// <summary>The hash of <paramref name="bytes"/> with the bits of <paramref name="ignored"/> cleared in every eight-byte word.</summary>
    public static ulong Of(ReadOnlySpan<byte> bytes, ulong seed, ulong ignored = 0)
    {
        ulong key = 0x9E3779B97F4A7C15UL ^ seed ^ (ulong)bytes.Length;
        int at = 0;

        // Read through a reference, without a bounds check a word (which was half the loop's instructions).
        ref byte first = ref MemoryMarshal.GetReference(bytes);
        for (; at + 8 <= bytes.Length; at += 8)
        {
            ulong word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, at));
            key = BitOperations.RotateLeft((key ^ ((BitConverter.IsLittleEndian ? word : BinaryPrimitives.ReverseEndianness(word)) & ~ignored)) * 0x9E3779B97F4A7C15UL, 31);
        }

        // The last one to seven bytes as a word padded with zeros: read as the text's last eight bytes and shifted,
        // or byte by byte when there are fewer than eight in all.
        int rest = bytes.Length - at;
        ulong last = 0;
        if (rest > 0 && bytes.Length >= 8)
        {
            last = BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]) >> (8 * (8 - rest));
        }
        else
        {
            for (int i = bytes.Length - 1; i >= at; i--)
            {
                last = (last << 8) | bytes[i];
            }
        }

        return Mix(key ^ (last & ~ignored));
    }

    // The finaliser of MurmurHash3's 64-bit variant: every input bit affects every output bit.
    private static ulong Mix(ulong key)
    {
        key = (key ^ (key >> 33)) * 0xFF51AFD7ED558CCDUL;
        key = (key ^ (key >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return key ^ (key >> 33);
    }
}
