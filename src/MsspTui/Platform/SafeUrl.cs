namespace MsspTui.Platform;

/// <summary>The only URLs ever handed to a browser: absolute https with a host, no user info, no control characters.</summary>
public static class SafeUrl
{
    public static bool IsLaunchable(string url) =>
        !url.Any(char.IsControl)
        && !url.Contains(' ')
        && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host)
        && string.IsNullOrEmpty(uri.UserInfo);
}
