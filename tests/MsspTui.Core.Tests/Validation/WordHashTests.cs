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
    public void Characters_hash_as_their_low_bytes() =>
        ForEveryLength(11, (random, length, trial) =>
        {
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)random.Next(0, trial % 2 == 0 ? 0x80 : 0x10000);
            }

            byte[] low = chars.Select(c => (byte)c).ToArray();
            ulong seed = (ulong)random.NextInt64();
            Assert.Equal(Reference(low, seed, 0), WordHash.OfLowBytes(chars, seed));
            Assert.Equal(Reference(low, seed, 0x2020_2020_2020_2020UL), WordHash.OfLowBytes(chars, seed, 0x2020_2020_2020_2020UL));
        });

    [Fact]
    public void Every_length_hashes_its_last_bytes_as_a_word_padded_with_zeros() =>
        ForEveryLength(7, (random, length, _) =>
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            ulong seed = (ulong)random.NextInt64();
            Assert.Equal(Reference(bytes, seed, 0), WordHash.Of(bytes, seed));
            Assert.Equal(Reference(bytes, seed, 0x0020_0020_0020_0020UL), WordHash.Of(bytes, seed, 0x0020_0020_0020_0020UL));
        });

    // Every length from 0 to 40 (five words and every tail), twenty trials each, from a fixed seed.
    private static void ForEveryLength(int seed, Action<Random, int, int> check)
    {
        var random = new Random(seed);
        for (int length = 0; length <= 40; length++)
        {
            for (int trial = 0; trial < 20; trial++)
            {
                check(random, length, trial);
            }
        }
    }
}
