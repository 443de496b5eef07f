namespace MsspTui.Core.Registry.Shape;

/// <summary>The shape of schemaVersion 1, as the loader checks it without running the JSON Schema.</summary>
internal static class RegistryShape
{
    public const int SupportedSchemaVersion = 1;

    public static string[] Clouds { get; } = ["global", "usgov", "usgovhigh", "dod", "china"];

    public static string[] Statuses { get; } = ["active", "onboarding", "offboarded"];

    public static string[] AccessKinds { get; } = ["gdap", "b2b"];

    public static ObjectShape Provider { get; } = new("provider",
    [
        new("name", FieldKind.Text, Required: true),
        new("tenantId", FieldKind.Guid, Required: true),
        new("cloud", FieldKind.Enum) { Allowed = Clouds },
        new("clientId", FieldKind.Guid),
    ]);

    public static ObjectShape Defaults { get; } = new("defaults",
    [
        new("portal", FieldKind.Text),
        new("expectedRoles", FieldKind.TextList),
    ]);

    public static ObjectShape Link { get; } = new("link",
    [
        new("name", FieldKind.Text, Required: true),
        new("url", FieldKind.Text, Required: true),
    ]);

    public static ObjectShape Contact { get; } = new("contact",
    [
        new("name", FieldKind.Text),
        new("email", FieldKind.Text),
        new("phone", FieldKind.Text),
    ]);

    public static ObjectShape Customer { get; } = new("customer",
    [
        new("id", FieldKind.CustomerId, Required: true),
        new("name", FieldKind.Text, Required: true),
        new("tenantId", FieldKind.Guid, Required: true),
        new("domain", FieldKind.Text),
        new("status", FieldKind.Enum) { Allowed = Statuses },
        new("access", FieldKind.Enum) { Allowed = AccessKinds },
        new("expectedRoles", FieldKind.TextList),
        new("tags", FieldKind.TextList),
        new("aliases", FieldKind.TextList),
        new("portal", FieldKind.Text),
        new("links", FieldKind.ObjectList) { Object = Link },
        new("contacts", FieldKind.ObjectList) { Object = Contact },
        new("notes", FieldKind.Text),
    ]);

    public static ObjectShape Root { get; } = new("registry",
    [
        new("schemaVersion", FieldKind.SchemaVersion, Required: true),
        new("provider", FieldKind.Object, Required: true) { Object = Provider },
        new("defaults", FieldKind.Object) { Object = Defaults },
        new("customers", FieldKind.ObjectList, Required: true) { Object = Customer },
    ]);
}
