using Microsoft.Kiota.Abstractions.Authentication;

namespace MsspTui.Drift;

/// <summary>The Graph root to talk to and the token source for it (restricted to that host).</summary>
internal sealed record GraphConnection(Uri Root, IAccessTokenProvider Tokens, string Via);
