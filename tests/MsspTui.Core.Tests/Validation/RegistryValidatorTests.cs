using MsspTui.Core.Tests.Registry;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

public sealed class RegistryValidatorTests
{
    [Fact]
    public void The_example_registry_validates_clean() =>
        Assert.Empty(RegistryValidator.Validate(RepositoryFiles.ExampleRegistry));

    [Fact]
    public void A_problem_found_by_both_the_loader_and_the_schema_is_reported_once()
    {
        string yaml = "schemaVersion: 1\nprovider: {name: P, tenantId: 5c0f6e4a-2d1b-4a3f-9e8c-7b6a5f4e3d2c}\ncustomers:\n" +
            "  - {id: a, name: A, tenantid: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d, portal: nope}\n";

        var diagnostics = RegistryValidator.ValidateText(yaml, "r.yaml");

        Assert.Equal([("MSSP102", 4, 5), ("MSSP101", 4, 22), ("MSSP205", 4, 78)], diagnostics.Select(d => (d.Code, d.Line, d.Column)));
    }

    [Fact]
    public void Diagnostics_are_sorted_by_line_and_column()
    {
        string yaml = File.ReadAllText(RepositoryFiles.Fixture(Path.Combine("hostile", "secrets.yaml")));

        var diagnostics = RegistryValidator.ValidateText(yaml, "secrets.yaml");

        Assert.Equal(diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).Select(d => (d.Line, d.Column)), diagnostics.Select(d => (d.Line, d.Column)));
    }

    [Fact]
    public void A_large_registry_checked_on_several_cores_gets_what_a_small_one_gets()
    {
        const string problems = """
              - { id: p1, name: Problem One, tenantId: 9a1b2c3d-0000-4000-8000-000000000001, portal: nope, api_token: abc }
              - { id: p2, name: Problem one, tenantId: 9A1B2C3D-0000-4000-8000-000000000001, tenantid: x }
              - { id: p3, name: Problem Three, tenantId: 9a1b2c3d-0000-4000-8000-000000000003, notes: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlX3ZhbHVl" }
            """;
        int few = 3, many = MsspTui.Core.Registry.LargeRegistry.CustomersFrom + 10;

        var small = RegistryValidator.ValidateText(WithFillers(few, problems), "r.yaml");
        var large = RegistryValidator.ValidateText(WithFillers(many, problems), "r.yaml");

        Assert.True(small.Select(d => d.Code).Distinct().Count() >= 4, string.Join(", ", small.Select(d => d.Code)));
        Assert.Equal(small.Select(d => (d.Code, d.Line - few, d.Column)), large.Select(d => (d.Code, d.Line - many, d.Column)));
        Assert.Empty(RegistryValidator.ValidateText(WithFillers(many, string.Empty), "r.yaml"));
    }

    [Fact]
    public void Problems_in_different_chunks_of_a_large_registry_are_all_found_and_compared_across_chunks()
    {
        const string head = """
              - just text
              - { id: h1, name: Head One, tenantId: 9a1b2c3d-0000-4000-8000-0000000000a1, tags: [x, X], password: hunter2hunter2 }
            """;
        const string tail = """
              - { id: H1, name: Tail One, tenantId: 9a1b2c3d-0000-4000-8000-0000000000b1, aliases: [head one] }
              - { id: t2, name: Tail Two, tenantId: 5C0F6E4A-2D1B-4A3F-9E8C-7B6A5F4E3D2C, domain: "not a domain" }
            """;
        int few = 3, many = MsspTui.Core.Registry.LargeRegistry.CustomersFrom * 3;

        var small = RegistryValidator.ValidateText(WithFillers(few, tail, head), "r.yaml");
        var large = RegistryValidator.ValidateText(WithFillers(many, tail, head), "r.yaml");

        // A list entry of the wrong type, a duplicate tag, a secret field, a bad id, a duplicate id and an alias across
        // chunks, the provider tenant as a customer, a bad domain.
        string[] expected = ["MSSP103", "MSSP215", "MSSP209", "MSSP105", "MSSP201", "MSSP216", "MSSP212", "MSSP211"];
        Assert.Equal(small.Select(d => d.Code).Order(), large.Select(d => d.Code).Order());
        int headLines = head.Split('\n').Length;
        Assert.Equal(
            small.Select(d => (d.Code, d.Line > 4 + headLines ? d.Line - few : d.Line, d.Column, d.Message.Replace($"line {4 + headLines - 1 + few}", "tail", StringComparison.Ordinal))),
            large.Select(d => (d.Code, d.Line > 4 + headLines ? d.Line - many : d.Line, d.Column, d.Message.Replace($"line {4 + headLines - 1 + many}", "tail", StringComparison.Ordinal))));
        Assert.True(expected.All(code => large.Any(d => d.Code == code)), string.Join(", ", large.Select(d => $"{d.Code} {d.Line}: {d.Message}")));
    }

    private static string WithFillers(int count, string more, string first = "")
    {
        var yaml = new System.Text.StringBuilder("schemaVersion: 1\nprovider: {name: P, tenantId: 5c0f6e4a-2d1b-4a3f-9e8c-7b6a5f4e3d2c}\ncustomers:\n");
        yaml.Append(first).Append(first.Length > 0 ? "\n" : string.Empty);
        for (int i = 0; i < count; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - {{ id: f{i}, name: Filler {i}, tenantId: {i:x8}-1111-4111-8111-111111111111 }}\n");
        }

        return yaml.Append(more).ToString();
    }

    [Fact]
    public void A_future_schema_version_gets_one_clear_error_and_nothing_else()
    {
        var diagnostics = RegistryValidator.ValidateText("schemaVersion: 2\nprovider: {}\ncustomers: 5\nwhatever: true\n", "r.yaml");

        var only = Assert.Single(diagnostics);
        Assert.Equal("MSSP107", only.Code);
        Assert.Contains("newer mssp-tui", only.Message, StringComparison.Ordinal);
    }
}
