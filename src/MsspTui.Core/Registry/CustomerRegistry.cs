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
}
