namespace MsspTui.Core.Drift;

/// <summary>Outcome of one findTenantInformationByTenantId look-up; json "found", "not-found", "failed".</summary>
public enum TenantLookupStatus
{
    Found,
    NotFound,
    Failed,
}
