using Json.Schema;
using MsspTui.Core.Diagnostics;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

/// <summary>The JSON Schema on its own (without the loader's checks) points at the right YAML node.</summary>
public sealed class SchemaDiagnosticMapperTests
{
    private const string Head = "schemaVersion: 1\nprovider: {name: P, tenantId: 5c0f6e4a-2d1b-4a3f-9e8c-7b6a5f4e3d2c}\ncustomers:\n";

    [Fact]
    public void An_unknown_field_is_reported_at_its_key_with_a_did_you_mean()
    {
        var diagnostic = Assert.Single(SchemaOnly(Head + "  - id: a\n    name: A\n    tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d\n    domian: a.com\n"));

        Assert.Equal(("MSSP101", 7, 5), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains("did you mean 'domain'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_field_is_reported_at_the_list_item_naming_the_field()
    {
        var diagnostic = Assert.Single(SchemaOnly(Head + "  - id: a\n    name: A\n"));

        Assert.Equal(("MSSP102", 4, 5), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains("'tenantId'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_field_of_a_nested_object_is_reported_at_its_key()
    {
        var diagnostic = Assert.Single(SchemaOnly("schemaVersion: 1\nprovider:\n  name: P\ncustomers: []\n"));

        Assert.Equal(("MSSP102", 2, 1), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Bad_values_are_reported_at_the_value_with_specific_codes()
    {
        var diagnostics = SchemaOnly(Head +
            "  - id: Bad_Id\n    name: A\n    tenantId: \"6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d?x=@evil\"\n    status: Active\n    tags: [1]\n    portal: defendr\n");

        Assert.Equal(
            [("MSSP105", 4, 9), ("MSSP106", 6, 15), ("MSSP104", 7, 13), ("MSSP103", 8, 12), ("MSSP104", 9, 13)],
            diagnostics.Select(d => (d.Code, d.Line, d.Column)));
        Assert.Contains("did you mean 'active'?", diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_registry_gives_no_schema_diagnostics() =>
        Assert.Empty(SchemaOnly(Head + "  - {id: a, name: A, tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d}\n"));

    [Theory]
    [InlineData("typo-field.yaml")]
    [InlineData("wrong-types.yaml")]
    [InlineData("missing-required.yaml")]
    [InlineData("malformed-guid.yaml")]
    [InlineData("unknown-role-portal.yaml")]
    [InlineData("javascript-link.yaml")]
    [InlineData("secrets.yaml")]
    public void Checking_customers_one_by_one_finds_what_checking_the_whole_document_finds(string fixture)
    {
        string yaml = File.ReadAllText(Registry.RepositoryFiles.Fixture(Path.Combine("hostile", fixture)));
        var whole = SchemaOnly(yaml);
        var sink = new DiagnosticSink("r.yaml");
        var root = YamlTreeBuilder.Build(yaml, sink)!;

        RegistryValidator.EvaluateSchema(root, sink);

        Assert.NotEmpty(whole);
        Assert.Equal(whole.Select(d => (d.Code, d.Line, d.Column, d.Message)).Order(), sink.Items.Select(d => (d.Code, d.Line, d.Column, d.Message)).Order());
    }

    private static List<Diagnostic> SchemaOnly(string yaml)
    {
        var sink = new DiagnosticSink("r.yaml");
        var root = YamlTreeBuilder.Build(yaml, sink)!;
        sink.Items.Clear();
        using var json = SourceJsonWriter.ToJsonDocument(root);
        var results = RegistrySchema.Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        SchemaDiagnosticMapper.Map(results, root, sink);
        return DiagnosticOrder.Sort(sink.Items).ToList();
    }
}
