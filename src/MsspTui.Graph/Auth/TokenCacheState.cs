namespace MsspTui.Graph.Auth;

/// <summary>What became of the token cache: persisted (and how) or in memory, with a sentence for the user.</summary>
public sealed record TokenCacheState(bool Persisted, string Description);
