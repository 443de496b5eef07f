namespace MsspTui.Core.Registry;

/// <summary>A loaded customers.yaml (schemaVersion 1).</summary>
public sealed record CustomerRegistry(
    int SchemaVersion,
    Provider Provider,
    RegistryDefaults Defaults,
    IReadOnlyList<Customer> Customers,
    string SourcePath)
{
    /// <summary>
    /// Indexes into <see cref="Customers"/> in name order (<see cref="Matching.NameOrder"/>) when the loader already had
    /// them (the start-up cache keeps them); null means not known yet.
    /// </summary>
    public IReadOnlyList<int>? CustomersByName { get; init; }

    /// <summary>The customers in name order (case-insensitive, equal names in registry order).</summary>
    public IReadOnlyList<Customer> InNameOrder()
    {
        var order = CustomersByName ?? Matching.NameOrder.Of(Customers.Select(c => c.Name).ToArray());
        var sorted = new Customer[order.Count];
        for (int i = 0; i < sorted.Length; i++)
        {
            sorted[i] = Customers[order[i]];
        }

        return sorted;
    }
}
