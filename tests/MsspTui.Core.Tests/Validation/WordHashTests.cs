using System.Buffers.Binary;
using System.Numerics;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

public sealed class WordHashTests
{
    // The hash as defined: every eight bytes a word, the last word padded with zeros, the ignored bits cleared.
    private static ulong Reference(byte[] bytes, ulong seed, ulong ignored)
    {
        ulong key = 0x9E3779B97F4A7C15UL ^ seed ^ (ulong)bytes.Length;
        var padded = new byte[(bytes.Length + 8) / 8 * 8];
        bytes.CopyTo(padded, 0);
        int words = bytes.Length / 8;
        for (int i = 0; i < words; i++)
        {
            key = BitOperations.RotateLeft((key ^ (BinaryPrimitives.ReadUInt64LittleEndian(padded.AsSpan(i * 8)) & ~ignored)) * 0x9E3779B97F4A7C15UL, 31);
        }

        key ^= BinaryPrimitives.ReadUInt64LittleEndian(padded.AsSpan(words * 8)) & ~ignored;
        key = (key ^ (key >> 33)) * 0xFF51AFD7ED558CCDUL;
        key = (key ^ (key >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return key ^ (key >> 33);
    }

    [Fact]
    public void Every_length_hashes_its_last_bytes_as_a_word_padded_with_zeros()
    {
        var random = new Random(7);
        for (int length = 0; length <= 40; length++)
        {
            for (int trial = 0; trial < 20; trial++)
            {
                var bytes = new byte[length];
                random.NextBytes(bytes);
                ulong seed = (ulong)random.NextInt64();
                Assert.Equal(Reference(bytes, seed, 0), WordHash.Of(bytes, seed));
                Assert.Equal(Reference(bytes, seed, 0x0020_0020_0020_0020UL), WordHash.Of(bytes, seed, 0x0020_0020_0020_0020UL));
            }
        }
    }
}
