namespace MsspTui.Core.Registry.Shape;

/// <summary>One field of a registry object: what it must hold. Mirrors schema/customers.schema.json (a test keeps them in step).</summary>
internal sealed record FieldShape(string Name, FieldKind Kind, bool Required = false)
{
    public string[] Allowed { get; init; } = [];

    public ObjectShape? Object { get; init; }
}
