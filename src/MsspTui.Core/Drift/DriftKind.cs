namespace MsspTui.Core.Drift;

/// <summary>The kinds of drift of the brief; <see cref="DriftKindNames"/> gives their kebab-case names.</summary>
public enum DriftKind
{
    Unregistered,
    TenantNotFound,
    Missing,
    GdapPending,
    GdapExpired,
    GdapExpiring,
    RoleMissing,
    RoleUnexpected,
    NameMismatch,
    DomainMismatch,
    OffboardedAccess,
    DapLegacy,
    Unknown,
}
