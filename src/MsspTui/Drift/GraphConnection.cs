using Microsoft.Kiota.Abstractions.Authentication;

namespace MsspTui.Drift;

/// <summary>The Graph root to talk to, the token source for it (restricted to that host), and each request's time-out.</summary>
internal sealed record GraphConnection(Uri Root, IAccessTokenProvider Tokens, string Via, TimeSpan CallTimeout);
