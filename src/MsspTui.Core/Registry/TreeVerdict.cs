using MsspTui.Core.Registry.Yaml;

namespace MsspTui.Core.Registry;

/// <summary>
/// A yes / no / can't-tell check a caller runs over the tree alongside the loader's own (validate: the schema
/// precheck), split like <see cref="RegistryParts"/>: once for the shell and once per customer entry.
/// </summary>
internal sealed record TreeVerdict(Func<SourceNode, bool?> Shell, Func<SourceNode, bool?> Customer)
{
    /// <summary>False if either is false; true if both are true; otherwise null (can't tell).</summary>
    public static bool? Both(bool? left, bool? right) => left == false || right == false ? false : left is null || right is null ? null : true;
}
