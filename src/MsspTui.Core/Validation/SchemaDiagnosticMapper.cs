using System.Text.Json;
using Json.Schema;
using MsspTui.Core.Diagnostics;
using MsspTui.Core.Registry.Yaml;

namespace MsspTui.Core.Validation;

/// <summary>
/// Turns JSON Schema errors into diagnostics at the YAML node they are about: an unknown property at its key (with a
/// did-you-mean from the schema's own property list), a missing one at the key or list item of the object lacking
/// it, anything else at the value.
/// </summary>
internal static class SchemaDiagnosticMapper
{
    /// <param name="instancePrefix">JSON Pointer of the evaluated value within the document ("" for the whole document).</param>
    public static void Map(EvaluationResults results, SourceNode root, DiagnosticSink sink, string instancePrefix = "")
    {
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null || detail.IsValid)
            {
                continue;
            }

            string instance = instancePrefix + detail.InstanceLocation;
            string schemaFragment = Fragment(detail.SchemaLocation);
            var (node, key) = SourcePointer.Resolve(root, instance);
            node ??= root;
            bool additional = detail.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal);
            foreach (var (keyword, message) in detail.Errors)
            {
                if (additional)
                {
                    MapUnknownProperty(key, node, schemaFragment, sink);
                    continue;
                }

                MapKeyword(keyword, message, node, key, instance, schemaFragment, sink);
            }
        }
    }

    private static void MapUnknownProperty(SourceKey? key, SourceNode node, string schemaFragment, DiagnosticSink sink)
    {
        string name = key?.Text ?? "?";
        string owner = schemaFragment.EndsWith("/additionalProperties", StringComparison.Ordinal)
            ? schemaFragment[..^"/additionalProperties".Length]
            : schemaFragment;
        var known = PropertyNames(owner);
        sink.Add(DiagnosticCodes.UnknownField, key?.Start ?? node.Start,
            $"unknown field {MessageText.Quote(name)} (not in the JSON Schema)" + DidYouMean.Suffix(name, known));
    }

    private static void MapKeyword(string keyword, string message, SourceNode node, SourceKey? key, string instance, string schemaFragment, DiagnosticSink sink)
    {
        string field = instance.Length == 0 ? "registry" : instance[(instance.LastIndexOf('/') + 1)..];
        var subschema = RegistrySchema.At(schemaFragment);
        string shown = node is SourceScalar scalar ? MessageText.Quote(scalar.Text) : node.KindName;
        switch (keyword)
        {
            case "required":
                var present = node is SourceMapping mapping ? mapping.Entries.Select(e => e.Key.Text).ToHashSet(StringComparer.Ordinal) : [];
                var missing = Strings(subschema, "required").Where(r => !present.Contains(r)).ToList();
                sink.Add(DiagnosticCodes.MissingField, key?.Start ?? node.Start,
                    $"missing required field{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing.Select(m => $"'{m}'"))} (JSON Schema)");
                break;
            case "type":
                string expected = subschema is { } s && s.TryGetProperty("type", out var type) ? type.ToString() : "another type";
                sink.Add(DiagnosticCodes.WrongType, node.Start, $"'{field}' must be {Article(expected)}, not {node.KindName} (JSON Schema)");
                break;
            case "const" when field == "schemaVersion":
                sink.Add(DiagnosticCodes.UnsupportedSchemaVersion, node.Start, $"schemaVersion must be 1, got {shown} (JSON Schema)");
                break;
            case "enum":
                var allowed = Strings(subschema, "enum").ToList();
                string given = node is SourceScalar text ? text.Text : string.Empty;
                sink.Add(DiagnosticCodes.InvalidValue, node.Start,
                    $"'{field}' must be one of {string.Join(", ", allowed)}; got {shown} (JSON Schema)" + DidYouMean.Suffix(given, allowed));
                break;
            case "pattern":
                var code = field switch
                {
                    "tenantId" or "clientId" => DiagnosticCodes.InvalidGuid,
                    "id" => DiagnosticCodes.InvalidId,
                    _ => DiagnosticCodes.InvalidValue,
                };
                string pattern = subschema is { } p && p.TryGetProperty("pattern", out var regex) ? regex.GetString() ?? string.Empty : string.Empty;
                sink.Add(code, node.Start, $"'{Field(field, key)}' value {shown} does not match the required format {pattern} (JSON Schema)");
                break;
            case "minLength":
                sink.Add(DiagnosticCodes.InvalidValue, node.Start, $"'{Field(field, key)}' must not be empty (JSON Schema)");
                break;
            default:
                sink.Add(DiagnosticCodes.SchemaViolation, node.Start, $"'{field}': {message} ({keyword}, JSON Schema)");
                break;
        }
    }

    private static string Field(string field, SourceKey? key) => key is null && int.TryParse(field, out _) ? "list entry" : field;

    private static string Article(string type) => type switch
    {
        "object" => "a mapping",
        "array" => "a list",
        "string" => "text",
        "integer" => "an integer",
        _ => $"of type {type}",
    };

    private static IEnumerable<string> PropertyNames(string objectFragment) =>
        RegistrySchema.At(objectFragment) is { ValueKind: JsonValueKind.Object } schema && schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => p.Name).ToList()
            : [];

    private static IEnumerable<string> Strings(JsonElement? schema, string keyword) =>
        schema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty(keyword, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    private static string Fragment(Uri schemaLocation)
    {
        string text = schemaLocation.OriginalString;
        int hash = text.IndexOf('#');
        return hash < 0 ? string.Empty : text[hash..];
    }
}
