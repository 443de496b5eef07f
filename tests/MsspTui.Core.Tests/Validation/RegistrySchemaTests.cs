using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MsspTui.Core.Portals;
using MsspTui.Core.Registry.Shape;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Tests.Registry;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

public sealed class RegistrySchemaTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(File.ReadAllText(RepositoryFiles.Schema))!;

    [Fact]
    public void The_example_registry_is_valid_against_the_schema_on_its_own()
    {
        var sink = new DiagnosticSink("customers.yaml");
        var root = YamlTreeBuilder.Build(File.ReadAllText(RepositoryFiles.ExampleRegistry), sink)!;
        using var json = SourceJsonWriter.ToJsonDocument(root);

        var results = RegistrySchema.Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_embedded_schema_is_the_file_in_the_repository() =>
        Assert.Equal(File.ReadAllText(RepositoryFiles.Schema), RegistrySchema.Text());

    [Fact]
    public void Only_keywords_that_mean_the_same_in_draft_07_and_2020_12_are_used()
    {
        string[] forbidden = ["$defs", "prefixItems", "unevaluatedProperties", "unevaluatedItems", "dependentSchemas", "dependentRequired",
            "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$anchor", "dependencies", "additionalItems", "contentSchema", "minContains", "maxContains"];
        var keys = AllObjects(Schema).SelectMany(o => o.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(keys.Intersect(forbidden));
        Assert.All(AllObjects(Schema).Where(o => o["$ref"] is not null), o => Assert.Single(o));
        Assert.All(AllObjects(Schema).Where(o => o["$ref"] is not null), o => Assert.StartsWith("#/definitions/", (string)o["$ref"]!, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_object_forbids_unknown_properties_and_every_property_has_a_description()
    {
        var objects = AllObjects(Schema).Where(o => (string?)o["type"] == "object").ToList();
        Assert.NotEmpty(objects);
        Assert.All(objects, o => Assert.False((bool)o["additionalProperties"]!));
        foreach (var property in objects.SelectMany(o => o["properties"]!.AsObject()))
        {
            var value = property.Value!.AsObject();
            bool described = value["description"] is not null ||
                (value["$ref"] is JsonValue reference && Definition((string)reference!)["description"] is not null);
            Assert.True(described, $"property '{property.Key}' has no description");
        }
    }

    [Fact]
    public void The_schema_and_the_loader_agree_on_fields_and_required_fields()
    {
        var pairs = new (ObjectShape Shape, JsonObject Schema)[]
        {
            (RegistryShape.Root, Schema.AsObject()),
            (RegistryShape.Provider, Definition("#/definitions/provider")),
            (RegistryShape.Defaults, Definition("#/definitions/defaults")),
            (RegistryShape.Customer, Definition("#/definitions/customer")),
            (RegistryShape.Link, Definition("#/definitions/link")),
            (RegistryShape.Contact, Definition("#/definitions/contact")),
        };
        foreach (var (shape, schema) in pairs)
        {
            Assert.Equal(shape.Fields.Select(f => f.Name).Order(), schema["properties"]!.AsObject().Select(p => p.Key).Order());
            var required = schema["required"]?.AsArray().Select(r => (string)r!).Order() ?? Enumerable.Empty<string>();
            Assert.Equal(shape.Fields.Where(f => f.Required).Select(f => f.Name).Order(), required);
        }
    }

    [Fact]
    public void Portal_names_in_the_schema_are_the_catalog()
    {
        var names = Definition("#/definitions/portal")["enum"]!.AsArray().Select(n => (string)n!);
        Assert.Equal(PortalCatalog.Names, names);
    }

    [Fact]
    public void The_patterns_are_the_ones_the_loader_uses()
    {
        var customer = Definition("#/definitions/customer")["properties"]!;
        Assert.Equal(StructureChecker.CustomerIdPattern().ToString(), (string)customer["id"]!["pattern"]!);
        Assert.Equal(StructureChecker.GuidPattern().ToString(), (string)customer["tenantId"]!["pattern"]!);
        Assert.Equal(StructureChecker.GuidPattern().ToString(), (string)Definition("#/definitions/provider")["properties"]!["tenantId"]!["pattern"]!);
    }

    [Fact]
    public void The_schema_lets_validate_check_customers_one_at_a_time()
    {
        Assert.True(RegistrySchema.CustomersAreItemsOnly);
    }

    [Theory]
    [InlineData("customers", "minItems", "1")]
    [InlineData("customers", "uniqueItems", "true")]
    [InlineData("customers", "items", "{\"type\": \"object\"}")]
    [InlineData(null, "allOf", "[{\"required\": [\"customers\"]}]")]
    public void A_schema_that_says_more_about_the_customer_list_is_checked_as_a_whole(string? under, string keyword, string value)
    {
        var schema = JsonNode.Parse(RegistrySchema.Text())!.AsObject();
        var target = under is null ? schema : schema["properties"]![under]!.AsObject();
        target[keyword] = JsonNode.Parse(value);

        Assert.False(RegistrySchema.HasItemsOnlyCustomers(JsonDocument.Parse(schema.ToJsonString()).RootElement));
    }

    private static JsonObject Definition(string reference) => Schema["definitions"]![reference["#/definitions/".Length..]]!.AsObject();

    private static IEnumerable<JsonObject> AllObjects(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.Where(p => p.Value is not null).SelectMany(p => AllObjects(p.Value!)))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.Where(i => i is not null).SelectMany(i => AllObjects(i!)))
                {
                    yield return child;
                }

                break;
        }
    }
}
