namespace MsspTui.Core.Registry;

/// <summary>A loaded customers.yaml (schemaVersion 1).</summary>
public sealed record CustomerRegistry(
    int SchemaVersion,
    Provider Provider,
    RegistryDefaults Defaults,
    IReadOnlyList<Customer> Customers,
    string SourcePath);
