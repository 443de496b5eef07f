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
    public void A_future_schema_version_gets_one_clear_error_and_nothing_else()
    {
        var diagnostics = RegistryValidator.ValidateText("schemaVersion: 2\nprovider: {}\ncustomers: 5\nwhatever: true\n", "r.yaml");

        var only = Assert.Single(diagnostics);
        Assert.Equal("MSSP107", only.Code);
        Assert.Contains("newer mssp-tui", only.Message, StringComparison.Ordinal);
    }
}
