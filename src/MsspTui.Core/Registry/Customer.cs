namespace MsspTui.Core.Registry;

/// <summary>One customer entry of the registry. <see cref="TenantId"/> is kept as written; compare it case-insensitively.</summary>
public sealed record Customer
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string TenantId { get; init; }
    public string? Domain { get; init; }
    public CustomerStatus Status { get; init; } = CustomerStatus.Active;
    public AccessKind Access { get; init; } = AccessKind.Gdap;

    /// <summary>Null when the entry does not set it: <see cref="RegistryDefaults.ExpectedRoles"/> apply.</summary>
    public IReadOnlyList<string>? ExpectedRoles { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Portal { get; init; }
    public IReadOnlyList<CustomerLink> Links { get; init; } = [];
    public IReadOnlyList<Contact> Contacts { get; init; } = [];
    public string? Notes { get; init; }

    /// <summary>1-based line of the entry in the registry file (0 when built in code).</summary>
    public int Line { get; init; }

    public IReadOnlyList<string> EffectiveExpectedRoles(RegistryDefaults defaults) => ExpectedRoles ?? defaults.ExpectedRoles;

    public string EffectivePortal(RegistryDefaults defaults) => Portal ?? defaults.Portal ?? "defender";
}
