namespace MsspTui.Core.Drift;

/// <summary>The discovery sources of the brief, in report order: gdap, dap, tenant-info.</summary>
public enum DiscoverySource
{
    Gdap,
    Dap,
    TenantInfo,
}
