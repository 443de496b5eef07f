using MsspTui.Core.IO;
using Xunit;

namespace MsspTui.Core.Tests.Reading;

public sealed class MappedFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"mssp-mapped-{Guid.NewGuid():N}.bin");

    public void Dispose() => File.Delete(_path);

    [Theory]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(200_003)]
    public void A_mapped_file_holds_exactly_the_files_bytes(int length)
    {
        byte[] bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        File.WriteAllBytes(_path, bytes);

        using var mapped = MappedFile.Open(_path);

        Assert.True(mapped.Memory.Span.SequenceEqual(bytes));
    }

    [Fact]
    public void An_empty_file_cannot_be_mapped()
    {
        File.WriteAllBytes(_path, []);

        Assert.Throws<IOException>(() => MappedFile.Open(_path));
    }

    [Fact]
    public void A_file_replaced_while_mapped_stays_as_it_was_for_the_mapping()
    {
        // How the start-up cache replaces an entry (a new file renamed over it): the mapping keeps the old bytes. On
        // Windows the rename fails while the file is mapped, which the cache's writer takes as a write that failed.
        File.WriteAllBytes(_path, [1, 2, 3]);
        using var mapped = MappedFile.Open(_path);
        string replacement = _path + ".new";
        File.WriteAllBytes(replacement, [4, 5, 6, 7]);
        if (OperatingSystem.IsWindows())
        {
            Assert.ThrowsAny<Exception>(() => File.Move(replacement, _path, overwrite: true));
            File.Delete(replacement);
        }
        else
        {
            File.Move(replacement, _path, overwrite: true);
        }

        Assert.Equal(new byte[] { 1, 2, 3 }, mapped.Memory.ToArray());
    }
}
