namespace MsspTui.Core.Drift;

/// <summary>
/// A legacy DAP contract (GET /contracts). Its name and domain are copies frozen when the partnership began:
/// never compare them with the registry.
/// </summary>
public sealed record DapContract(
    string Id,
    string? ContractType,
    string CustomerTenantId,
    string? DisplayName,
    string? DefaultDomainName);
