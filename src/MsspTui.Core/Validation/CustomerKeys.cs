using MsspTui.Core.Registry.Yaml;

namespace MsspTui.Core.Validation;

/// <summary>
/// What the rules that compare customers need of one customer (<see cref="RegistryRules.CheckAcross"/>): its id, name,
/// tenant id and aliases, and hash codes for <see cref="FirstOccurrence"/> of the id, the trimmed name and the trimmed
/// tenant id (0 when absent), computed in the per-customer pass on all cores. Kept small: there is one per customer.
/// </summary>
internal readonly record struct CustomerKeys(SourceScalar? Id, SourceScalar? Name, SourceScalar? TenantId, SourceNode? Aliases)
{
    public int IdHash { get; } = Id is null ? 0 : FirstOccurrence.Hash(Id.TextSpan, trim: false);

    public int NameHash { get; } = Name is null ? 0 : FirstOccurrence.Hash(Name.TextSpan, trim: true, ignoreInvisible: true);

    public int TenantIdHash { get; } = TenantId is null ? 0 : FirstOccurrence.Hash(TenantId.TextSpan, trim: true);
}
