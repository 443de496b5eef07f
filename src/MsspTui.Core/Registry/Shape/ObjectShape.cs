namespace MsspTui.Core.Registry.Shape;

/// <summary>A registry object (root, provider, customer …): its fields, in the order the docs list them.</summary>
internal sealed record ObjectShape(string Description, FieldShape[] Fields)
{
    /// <summary>How many of <see cref="Fields"/> are required.</summary>
    public int RequiredCount { get; } = Fields.Count(f => f.Required);

    public FieldShape? Find(string name)
    {
        // An array and a plain loop: this runs for every field of every customer.
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
