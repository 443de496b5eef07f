namespace MsspTui.Core.Drift;

/// <summary>Tenant ids compare case-insensitively; this gives the one canonical form (lower-case "D" GUID).</summary>
public static class TenantIds
{
    public static string Normalize(string tenantId) =>
        Guid.TryParse(tenantId, out var id) ? id.ToString("D") : tenantId.Trim().ToLowerInvariant();
}
