namespace MsspTui.Core.Drift;

/// <summary>One tenant-info look-up: the tenant's current name and default domain, or why there is none.</summary>
public sealed record TenantLookup(
    string TenantId,
    TenantLookupStatus Status,
    string? DisplayName,
    string? DefaultDomainName,
    string? Detail);
