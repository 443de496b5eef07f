namespace MsspTui.Core.Registry.Shape;

internal enum FieldKind
{
    /// <summary>A non-empty string.</summary>
    Text,
    SchemaVersion,
    Guid,
    CustomerId,
    Enum,
    TextList,
    Object,
    ObjectList,
}
