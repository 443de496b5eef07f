using CsCheck;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

public sealed class WidenTests
{
    // Every length: the sixteen-byte blocks, the eight-byte steps and the overlapping last eight must each write each character once, right.
    [Fact]
    public void Each_byte_becomes_the_character_of_the_same_number() =>
        Gen.Byte.Array[0, 80].Sample(
            bytes =>
            {
                var chars = new char[bytes.Length + 4];
                Array.Fill(chars, '\uFFFF');
                CustomerBlockScanner.Widen(bytes, chars);
                return bytes.Select(b => (char)b).SequenceEqual(chars.Take(bytes.Length)) && chars.Skip(bytes.Length).All(c => c == '\uFFFF');
            },
            iter: 20_000);
}
