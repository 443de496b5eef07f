namespace MsspTui.Core.Registry;

/// <summary>An extra https link; <see cref="UrlTemplate"/> may hold {tenantId} and {domain}.</summary>
public sealed record CustomerLink(string Name, string UrlTemplate);
