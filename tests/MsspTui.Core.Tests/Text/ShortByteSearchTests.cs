using CsCheck;
using MsspTui.Core.Text;
using Xunit;

namespace MsspTui.Core.Tests.Text;

public sealed class ShortByteSearchTests
{
    // Every length around the word and vector sizes, the bytes searched for anywhere or nowhere, and bytes one bit away.
    [Fact]
    public void Finds_the_first_of_either_byte_as_the_library_does() =>
        Gen.Select(Gen.Int[0, 8].Select(i => new byte[] { (byte)':', (byte)'#', (byte)';', (byte)'"', 0xBA, 0xA3, (byte)'a', 0x00, 0xFF }[i]).Array[0, 70], Gen.Bool)
            .Sample(
                (bytes, quotes) =>
                {
                    (byte first, byte second) = quotes ? ((byte)'"', (byte)':') : ((byte)':', (byte)'#');
                    return ShortByteSearch.IndexOfEither(bytes, first, second) == bytes.AsSpan().IndexOfAny(first, second);
                },
                iter: 50_000);

    [Theory]
    [InlineData("")]
    [InlineData("abcdefg")]
    [InlineData("abcdefgh")]
    [InlineData("abcdefghijklmno")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("6f460c1a-755d-48e4-ad67-65d5f519dbc8")]
    public void Finds_either_byte_at_every_place_of_every_length(string text)
    {
        for (int place = 0; place < text.Length; place++)
        {
            foreach (char target in ":#")
            {
                byte[] bytes = System.Text.Encoding.ASCII.GetBytes(text);
                bytes[place] = (byte)target;
                Assert.Equal(place, ShortByteSearch.IndexOfEither(bytes, (byte)':', (byte)'#'));
            }
        }

        Assert.Equal(-1, ShortByteSearch.IndexOfEither(System.Text.Encoding.ASCII.GetBytes(text), (byte)':', (byte)'#'));
    }
}
