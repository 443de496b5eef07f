using MsspTui.Core.Registry.Yaml;

namespace MsspTui.Core.Validation;

/// <summary>What the per-customer rules need from outside the customer list: the provider's tenant and the default portal.</summary>
internal sealed class RulesContext(SourceScalar? providerTenant, SourceScalar? defaultPortal)
{
    public SourceScalar? ProviderTenant { get; } = providerTenant;

    /// <summary>The provider's tenant id without surrounding spaces, as customers' tenant ids are compared with it.</summary>
    public string? ProviderTenantText { get; } = providerTenant?.Text.Trim();

    public SourceScalar? DefaultPortal { get; } = defaultPortal;
}
