using Microsoft.Kiota.Abstractions.Authentication;

namespace MsspTui.Graph.Auth;

/// <summary>
/// A ready bearer token (MSSP_TUI_GRAPH_TOKEN). Handed out only for the Graph host in use: the validator refuses
/// every other host, so a next link or a redirect elsewhere never carries it.
/// </summary>
public sealed class StaticAccessTokenProvider(string token, string graphHost) : IAccessTokenProvider
{
    public const string Variable = "MSSP_TUI_GRAPH_TOKEN";

    public AllowedHostsValidator AllowedHostsValidator { get; } = new([graphHost]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? token : string.Empty);

    public override string ToString() => $"{nameof(StaticAccessTokenProvider)}(host {graphHost}, token hidden)";
}
