using System.Text.Json.Serialization;

namespace MsspTui.Core.Drift.Json;

/// <summary>The on-disk shape of a saved discovery (schemaVersion 1). Strings, not enums, so a bad value gets a clear message.</summary>
internal sealed class SnapshotDocument
{
    public const string KindMarker = "mssp-tui-discovery";

    [JsonPropertyOrder(-2)]
    public string? Kind { get; set; }

    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; set; }

    public DateTimeOffset? GeneratedAt { get; set; }

    public string? GraphUrl { get; set; }

    public List<SnapshotSourceDocument?>? Sources { get; set; }

    public List<SnapshotRelationshipDocument?>? Relationships { get; set; }

    public List<SnapshotContractDocument?>? Contracts { get; set; }

    public List<SnapshotTenantDocument?>? Tenants { get; set; }
}

internal sealed class SnapshotSourceDocument
{
    public string? Name { get; set; }

    public string? Status { get; set; }

    public string? Detail { get; set; }

    public int Items { get; set; }
}

internal sealed class SnapshotRelationshipDocument
{
    public string? Id { get; set; }

    public string? DisplayName { get; set; }

    public string? Status { get; set; }

    public SnapshotCustomerDocument? Customer { get; set; }

    public List<string?>? Roles { get; set; }

    public DateTimeOffset? EndDateTime { get; set; }

    public string? AutoExtendDuration { get; set; }
}

internal sealed class SnapshotCustomerDocument
{
    public string? TenantId { get; set; }

    public string? DisplayName { get; set; }
}

internal sealed class SnapshotContractDocument
{
    public string? Id { get; set; }

    public string? ContractType { get; set; }

    public string? CustomerId { get; set; }

    public string? DisplayName { get; set; }

    public string? DefaultDomainName { get; set; }
}

internal sealed class SnapshotTenantDocument
{
    public string? TenantId { get; set; }

    public string? Status { get; set; }

    public string? DisplayName { get; set; }

    public string? DefaultDomainName { get; set; }

    public string? Detail { get; set; }
}
