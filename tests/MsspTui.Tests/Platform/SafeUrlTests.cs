using MsspTui.Platform;
using Xunit;

namespace MsspTui.Tests.Platform;

public sealed class SafeUrlTests
{
    [Theory]
    [InlineData("https://security.microsoft.com/?tid=0f3c1d2e-1111-4a2b-8c3d-4e5f60718293", true)]
    [InlineData("https://mto.security.microsoft.com/", true)]
    [InlineData("http://security.microsoft.com/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("https://user:pw@evil.example/", false)]
    [InlineData("https://a.example/\nrm", false)]
    [InlineData("--help", false)]
    [InlineData("https://a.example/ x", false)]
    public void Only_plain_https_urls_are_launchable(string url, bool launchable) => Assert.Equal(launchable, SafeUrl.IsLaunchable(url));
}
