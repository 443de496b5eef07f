namespace MsspTui.Core.Roles;

/// <summary>
/// The Entra built-in roles a GDAP relationship can grant, by registry name and template id.
/// Ids are Entra's role template ids (learn.microsoft.com "Microsoft Entra built-in roles").
/// </summary>
public static class RoleCatalog
{
    public static IReadOnlyList<DirectoryRole> All { get; } =
    [
        new("global-administrator", "62e90394-69f5-4237-9190-012177145e10", IsPrivileged: true),
        new("global-reader", "f2ef992c-3afb-46b9-b7cf-a126ee74c451", IsPrivileged: false),
        new("security-administrator", "194ae4cb-b126-40b2-bd5b-6091b380977d", IsPrivileged: true),
        new("security-operator", "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f", IsPrivileged: false),
        new("security-reader", "5d6b6bb7-de71-4623-b4af-96380a352509", IsPrivileged: false),
        new("exchange-administrator", "29232cdf-9323-42fd-ade2-1d097af3e4de", IsPrivileged: false),
        new("intune-administrator", "3a2c62db-5318-420d-8d74-23affee5d9d5", IsPrivileged: false),
        new("sharepoint-administrator", "f28a1f50-f6e7-4571-818b-6a12f2af6b6c", IsPrivileged: false),
        new("teams-administrator", "69091246-20e8-4a56-aa4d-066075b2a7a8", IsPrivileged: false),
        new("user-administrator", "fe930be7-5e62-47db-91af-98c3a49a38b1", IsPrivileged: true),
        new("privileged-role-administrator", "e8611ab8-c189-46e8-94e1-60213ab1f814", IsPrivileged: true),
        new("privileged-authentication-administrator", "7be44c8a-adaf-4e2a-84d6-ab2649e08a13", IsPrivileged: true),
        new("application-administrator", "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", IsPrivileged: true),
        new("cloud-app-security-administrator", "892c5842-a9a6-463a-8041-72aa08ca3cf6", IsPrivileged: false),
        new("cloud-device-administrator", "7698a772-787b-4ac8-901f-60d6b08affd2", IsPrivileged: false),
        new("authentication-policy-administrator", "0526716b-113d-4c15-b2c8-68e3c22b9f80", IsPrivileged: false),
        new("billing-administrator", "b0f54661-2d74-4c50-afa3-1ec803f12efe", IsPrivileged: false),
        new("domain-name-administrator", "8329153b-31d0-4727-b945-745eb3bc5f31", IsPrivileged: false),
    ];

    private static readonly Dictionary<string, DirectoryRole> ByName =
        All.ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, DirectoryRole> ById =
        All.ToDictionary(r => r.TemplateId, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a role by registry name or by template id (any case).</summary>
    public static DirectoryRole? Find(string nameOrId) =>
        ByName.GetValueOrDefault(nameOrId) ?? ById.GetValueOrDefault(nameOrId);

    /// <summary>
    /// The template id for a registry role entry: a known name maps to its id; a GUID stands for itself
    /// (lower-cased), so roles outside this catalog can still be expected. Null for an unknown name.
    /// </summary>
    public static string? ResolveTemplateId(string nameOrId)
    {
        if (Find(nameOrId) is { } role)
        {
            return role.TemplateId;
        }

        return Guid.TryParse(nameOrId, out var id) ? id.ToString("D") : null;
    }

    /// <summary>A readable label for a role id: its registry name when known, else the id.</summary>
    public static string Describe(string templateId) => ById.GetValueOrDefault(templateId)?.Name ?? templateId;

    public static bool IsPrivileged(string templateId) => ById.GetValueOrDefault(templateId)?.IsPrivileged ?? false;
}
