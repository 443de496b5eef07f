using System.Net;
using MsspTui.Core.Registry;

namespace MsspTui.Graph;

/// <summary>
/// Picks the Graph root: --graph-url, else MSSP_TUI_GRAPH_URL, else the cloud's v1.0 root. Only https, except plain
/// http to a loopback host (a local test server). A URL without a path gets /v1.0.
/// </summary>
public static class GraphUrlResolver
{
    public const string Variable = "MSSP_TUI_GRAPH_URL";

    public static GraphUrlResolution Resolve(string? option, string? environmentValue, Cloud cloud)
    {
        var (text, origin) = !string.IsNullOrWhiteSpace(option) ? (option.Trim(), "--graph-url")
            : !string.IsNullOrWhiteSpace(environmentValue) ? (environmentValue.Trim(), Variable)
            : (null, null);
        if (text is null)
        {
            return GraphUrlResolution.Ok(GraphEndpoints.GraphRoot(cloud));
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return GraphUrlResolution.Fail($"{origin}: '{text}' is not an absolute http(s) URL");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            return GraphUrlResolution.Fail($"{origin}: plain http is allowed only for loopback hosts (127.0.0.1, ::1, localhost); use https for {uri.Host}");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return GraphUrlResolution.Fail($"{origin}: '{text}' must not carry user info, a query or a fragment");
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        var root = new UriBuilder(uri.Scheme, uri.Host, uri.Port, path.Length == 0 ? "/v1.0" : path).Uri;
        return GraphUrlResolution.Ok(root);
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
