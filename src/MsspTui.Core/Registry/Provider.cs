namespace MsspTui.Core.Registry;

/// <summary>The MSSP itself: its own tenant, cloud and optional app registration for sign-in.</summary>
public sealed record Provider(string Name, string TenantId, Cloud Cloud, string? ClientId);
