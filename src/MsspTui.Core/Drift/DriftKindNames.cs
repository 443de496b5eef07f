namespace MsspTui.Core.Drift;

/// <summary>The contract names of <see cref="DriftKind"/> (json, text, markdown).</summary>
public static class DriftKindNames
{
    public static string ToName(this DriftKind kind) => kind switch
    {
        DriftKind.Unregistered => "unregistered",
        DriftKind.TenantNotFound => "tenant-not-found",
        DriftKind.Missing => "missing",
        DriftKind.GdapPending => "gdap-pending",
        DriftKind.GdapExpired => "gdap-expired",
        DriftKind.GdapExpiring => "gdap-expiring",
        DriftKind.RoleMissing => "role-missing",
        DriftKind.RoleUnexpected => "role-unexpected",
        DriftKind.NameMismatch => "name-mismatch",
        DriftKind.DomainMismatch => "domain-mismatch",
        DriftKind.OffboardedAccess => "offboarded-access",
        DriftKind.DapLegacy => "dap-legacy",
        DriftKind.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static IReadOnlyList<string> All { get; } = Enum.GetValues<DriftKind>().Select(ToName).ToArray();
}
