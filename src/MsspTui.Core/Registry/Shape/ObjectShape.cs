namespace MsspTui.Core.Registry.Shape;

/// <summary>A registry object (root, provider, customer …): its fields, in the order the docs list them.</summary>
internal sealed record ObjectShape(string Description, IReadOnlyList<FieldShape> Fields)
{
    public FieldShape? Find(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
