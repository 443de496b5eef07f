namespace MsspTui.Core.Registry.Shape;

/// <summary>A registry object (root, provider, customer …): its fields, in the order the docs list them.</summary>
internal sealed record ObjectShape(string Description, IReadOnlyList<FieldShape> Fields)
{
    public FieldShape? Find(string name)
    {
        // A plain loop: this runs for every field of every customer.
        foreach (var field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }
}
