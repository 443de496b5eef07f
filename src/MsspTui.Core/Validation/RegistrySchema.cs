using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace MsspTui.Core.Validation;

/// <summary>schema/customers.schema.json, embedded in this assembly and built once.</summary>
internal static class RegistrySchema
{
    public const string ResourceName = "customers.schema.json";

    private static readonly Lazy<(JsonSchema Schema, JsonDocument Document)> Loaded = new(Build);

    private static readonly Lazy<JsonSchema> CustomerOnly = new(BuildCustomerSchema);
    private static readonly Lazy<SchemaPrecheck?> CompiledPrecheck = new(() => SchemaPrecheck.Compile(JsonDocument.Parse(Text()).RootElement));
    private static readonly Lazy<SchemaPrecheck?> CompiledCustomerPrecheck =
        new(() => SchemaPrecheck.Compile(JsonDocument.Parse(Text()).RootElement, CustomerDefinition));

    public static JsonSchema Schema => Loaded.Value.Schema;

    /// <summary>
    /// The same schema with #/definitions/customer as its root, to evaluate one customer entry at a time: error
    /// details are then collected only for the entries that fail, so a large broken registry stays cheap.
    /// </summary>
    public static JsonSchema Customer => CustomerOnly.Value;

    /// <summary>The schema as plain JSON, to read a failing keyword's neighbours (enum values, known properties).</summary>
    public static JsonDocument Document => Loaded.Value.Document;

    /// <summary>The quick validity check compiled from the same schema text (null if the schema needs the full evaluator).</summary>
    public static SchemaPrecheck? Precheck => CompiledPrecheck.Value;

    /// <summary>The quick validity check of one customer entry (#/definitions/customer), like <see cref="Customer"/>.</summary>
    public static SchemaPrecheck? CustomerPrecheck => CompiledCustomerPrecheck.Value;

    public const string CustomerDefinition = "#/definitions/customer";

    /// <summary>
    /// Whether the schema says nothing about the customer list but "an array of #/definitions/customer": only then
    /// is a document valid exactly when the document with an empty list is valid and every customer is.
    /// </summary>
    public static bool CustomersAreItemsOnly => ItemsOnly.Value;

    private static readonly Lazy<bool> ItemsOnly = new(() => HasItemsOnlyCustomers(JsonDocument.Parse(Text()).RootElement));

    private static readonly HashSet<string> RootKeywordsAboutFields = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "title", "description", "type", "additionalProperties", "required", "properties", "definitions", "$defs",
    };

    internal static bool HasItemsOnlyCustomers(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || schema.EnumerateObject().Any(p => !RootKeywordsAboutFields.Contains(p.Name)) ||
            !schema.TryGetProperty("properties", out var properties) || !properties.TryGetProperty("customers", out var customers) ||
            customers.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var keyword in customers.EnumerateObject())
        {
            bool allowed = keyword.Name switch
            {
                "description" or "title" or "$comment" => true,
                "type" => keyword.Value.ValueKind == JsonValueKind.String && keyword.Value.GetString() == "array",
                "items" => keyword.Value.ValueKind == JsonValueKind.Object && keyword.Value.EnumerateObject().Count() == 1 &&
                    keyword.Value.TryGetProperty("$ref", out var reference) && reference.GetString() == CustomerDefinition,
                _ => false,
            };
            if (!allowed)
            {
                return false;
            }
        }

        return customers.TryGetProperty("items", out _) && customers.TryGetProperty("type", out _);
    }

    public static string Text()
    {
        using var stream = typeof(RegistrySchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The subschema at a JSON Pointer fragment such as #/definitions/customer, or null.</summary>
    public static JsonElement? At(string fragment)
    {
        var element = Document.RootElement;
        foreach (string token in fragment.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string name = Uri.UnescapeDataString(token).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child))
            {
                element = child;
            }
            else if (element.ValueKind == JsonValueKind.Array && int.TryParse(name, out int index) && index < element.GetArrayLength())
            {
                element = element[index];
            }
            else
            {
                return null;
            }
        }

        return element;
    }

    private static JsonSchema BuildCustomerSchema()
    {
        JsonSchemaLibrary.EnsureInitialized();
        var full = JsonNode.Parse(Text())!.AsObject();
        var customer = new JsonObject
        {
            ["$schema"] = full["$schema"]!.DeepClone(),
            ["$ref"] = CustomerDefinition,
            ["definitions"] = full["definitions"]!.DeepClone(),
        };
        return JsonSchema.FromText(customer.ToJsonString());
    }

    private static (JsonSchema, JsonDocument) Build()
    {
        JsonSchemaLibrary.EnsureInitialized();
        string text = Text();
        return (JsonSchema.FromText(text), JsonDocument.Parse(text));
    }
}
