using MsspTui.Platform;
using Xunit;

namespace MsspTui.Tests.Platform;

public sealed class SystemClipboardTests : IDisposable
{
    private const string Url = "https://security.microsoft.com/?tid=0f3c1d2e-1111-4a2b-8c3d-4e5f60718293";

    private readonly string _directory = Directory.CreateTempSubdirectory("mssp-clipboard-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Under_wsl_the_windows_clipboard_tool_gets_the_text()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            return;
        }

        string clip = FakeTool("clip.exe", "cat > \"$0.got\"");
        var terminal = new StringWriter();
        var environment = new FakeEnvironment { ["WSL_DISTRO_NAME"] = "Ubuntu", ["PATH"] = $"/usr/bin:/bin:{_directory}" };

        string? how = new SystemClipboard(environment, terminal).Copy(Url);

        Assert.Equal("clip.exe", how);
        Assert.Equal(Url, File.ReadAllText(clip + ".got"));
        Assert.Equal(string.Empty, terminal.ToString());
    }

    [Fact]
    public void Over_ssh_or_without_a_tool_the_terminal_is_asked_with_osc_52()
    {
        var terminal = new StringWriter();
        var environment = new FakeEnvironment { ["PATH"] = _directory };

        string? how = new SystemClipboard(environment, terminal).Copy(Url);

        Assert.Equal("OSC 52", how);
        Assert.Equal(Osc52.Sequence(Url), terminal.ToString());
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private string FakeTool(string name, string body)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
