using MsspTui.Platform;
using Xunit;

namespace MsspTui.Tests.Platform;

public sealed class FileKindsTests
{
    [Fact]
    public void Files_directories_and_missing_paths_are_told_apart_through_links()
    {
        var directory = Directory.CreateTempSubdirectory("mssp-filekinds-");
        string file = Path.Combine(directory.FullName, "file.txt");
        File.WriteAllText(file, "x");
        string link = Path.Combine(directory.FullName, "link");
        File.CreateSymbolicLink(link, file);

        Assert.Equal(FileKind.RegularFile, FileKinds.Of(file));
        Assert.Equal(FileKind.RegularFile, FileKinds.Of(link));
        Assert.Equal(FileKind.Directory, FileKinds.Of(directory.FullName));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(directory.FullName, "nothing")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(directory.FullName, "no", "thing")));
        directory.Delete(recursive: true);
    }

    [Fact]
    public void Devices_are_special()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.Equal(FileKind.Special, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Special, FileKinds.Of("/dev/stdout"));
    }
}
