namespace MsspTui.Core.Drift;

/// <summary>A saved discovery that cannot be read: the message says why, in words for the user.</summary>
public sealed class DiscoverySnapshotException(string message, Exception? inner = null) : Exception(message, inner);
