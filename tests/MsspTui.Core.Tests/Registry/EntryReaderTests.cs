using MsspTui.Core.Registry.Cache;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

public sealed class EntryReaderTests
{
    [Fact]
    public void Reads_what_BinaryWriter_wrote()
    {
        string longText = new('x', 300); // a length of two 7-bit bytes
        byte[] bytes = Written(writer =>
        {
            writer.Write(-7);
            writer.Write(true);
            writer.Write(false);
            writer.Write("桜商事株式会社");
            writer.Write(longText);
            writer.Write(string.Empty);
        });

        var reader = new EntryReader(bytes);

        Assert.Equal(-7, reader.ReadInt32());
        Assert.True(reader.ReadBoolean());
        Assert.False(reader.ReadBoolean());
        Assert.Equal("桜商事株式会社", reader.ReadString());
        Assert.Equal(longText, reader.ReadString());
        Assert.Equal(string.Empty, reader.ReadString());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Repeated_values_of_a_pooled_list_are_one_string()
    {
        byte[] bytes = Written(writer =>
        {
            foreach (string[] list in new[] { new[] { "tier1", "eu" }, new[] { "eu", "tier1" } })
            {
                writer.Write(list.Length);
                foreach (string value in list)
                {
                    writer.Write(value);
                }
            }
        });

        var reader = new EntryReader(bytes);
        string[] first = reader.ReadPooledList();
        string[] second = reader.ReadPooledList();

        Assert.Equal(["tier1", "eu"], first);
        Assert.Equal(["eu", "tier1"], second);
        Assert.Same(first[0], second[1]);
        Assert.Same(first[1], second[0]);
    }

    [Fact]
    public void Reading_past_the_chunk_is_damage()
    {
        byte[] bytes = Written(writer => writer.Write("a string cut short"));

        Assert.Throws<FormatException>(() => new EntryReader(bytes.AsSpan(0, 5)).ReadString());
        Assert.Throws<FormatException>(() => new EntryReader(bytes.AsSpan(0, 3)).ReadInt32());
        Assert.Throws<FormatException>(() => new EntryReader([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]).ReadString());
        Assert.Throws<FormatException>(() => new EntryReader(Written(writer => writer.Write(1000))).ReadCount());
    }

    private static byte[] Written(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
