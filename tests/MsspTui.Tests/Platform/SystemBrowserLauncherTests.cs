using MsspTui.Platform;
using Xunit;

namespace MsspTui.Tests.Platform;

public sealed class SystemBrowserLauncherTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mssp-browser-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Browser_variable_gets_its_own_words_then_the_url_as_one_argument()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string script = FakeBrowser("record args", "printf '%s\\n' \"$@\" > \"$0.args\"; echo noise; echo noise >&2");
        var environment = new FakeEnvironment { ["BROWSER"] = $"'{script}' --new-window", ["PATH"] = "/usr/bin:/bin" };
        const string url = "https://security.microsoft.com/?tid=0f3c1d2e-1111-4a2b-8c3d-4e5f60718293&x=$(id)";

        LaunchResult result = new SystemBrowserLauncher(environment).Launch(url);

        Assert.True(result.Launched, result.Problem);
        Assert.Equal(["--new-window", url], WaitForLines(script + ".args"));
    }

    [Fact]
    public void A_failing_browser_command_is_reported()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string script = FakeBrowser("fail", "exit 3");
        var environment = new FakeEnvironment { ["BROWSER"] = $"'{script}'" };

        LaunchResult result = new SystemBrowserLauncher(environment).Launch("https://mto.security.microsoft.com/");

        Assert.False(result.Launched);
        Assert.Contains("code 3", result.Problem);
    }

    [Fact]
    public void A_missing_browser_command_is_reported()
    {
        var environment = new FakeEnvironment { ["BROWSER"] = "/nonexistent/browser" };

        LaunchResult result = new SystemBrowserLauncher(environment).Launch("https://mto.security.microsoft.com/");

        Assert.False(result.Launched);
        Assert.Contains("could not start", result.Problem);
    }

    [Fact]
    public void Non_https_urls_are_never_launched()
    {
        string marker = Path.Combine(_directory, "ran");
        var environment = new FakeEnvironment { ["BROWSER"] = $"touch {marker}" };

        LaunchResult result = new SystemBrowserLauncher(environment).Launch("javascript:alert(1)");

        Assert.False(result.Launched);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public void Without_browser_or_display_there_is_no_browser_and_that_is_said()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            return;
        }

        var environment = new FakeEnvironment { ["PATH"] = "/usr/bin:/bin" };

        LaunchResult result = new SystemBrowserLauncher(environment).Launch("https://mto.security.microsoft.com/");

        Assert.True(result.NoBrowser);
    }

    [Fact]
    public void Under_wsl_without_wslview_windows_explorer_opens_the_url_whatever_its_exit_code()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            return;
        }

        // explorer.exe exits with 1 after handing the URL on; the fake does the same.
        string windows = Directory.CreateDirectory(Path.Combine(_directory, "windows")).FullName;
        string explorer = Path.Combine(windows, "explorer.exe");
        File.WriteAllText(explorer, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.args\"\nexit 1\n");
        File.SetUnixFileMode(explorer, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var environment = new FakeEnvironment { ["WSL_DISTRO_NAME"] = "Debian", ["PATH"] = $"/usr/bin:/bin:{windows}" };
        const string url = "https://security.microsoft.com/?tid=0f3c1d2e-1111-4a2b-8c3d-4e5f60718293";

        LaunchResult result = new SystemBrowserLauncher(environment).Launch(url);

        Assert.True(result.Launched, result.Problem);
        Assert.Equal([url], WaitForLines(explorer + ".args"));
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private string FakeBrowser(string name, string body)
    {
        string path = Path.Combine(_directory, name.Replace(' ', '-') + " browser.sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static string[] WaitForLines(string path)
    {
        for (int attempt = 0; attempt < 100 && !File.Exists(path); attempt++)
        {
            Thread.Sleep(50);
        }

        return File.ReadAllLines(path);
    }
}
