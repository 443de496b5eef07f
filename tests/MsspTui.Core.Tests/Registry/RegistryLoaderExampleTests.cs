using MsspTui.Core.Registry;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

public sealed class RegistryLoaderExampleTests
{
    private static readonly RegistryLoadResult Example = RegistryLoader.Load(RepositoryFiles.ExampleRegistry);

    [Fact]
    public void The_example_registry_loads_without_any_diagnostic()
    {
        Assert.Empty(Example.Diagnostics);
        Assert.False(Example.HasErrors);
        Assert.NotNull(Example.Registry);
    }

    [Fact]
    public void The_example_has_a_realistic_mix_of_customers()
    {
        var registry = Example.Registry!;
        Assert.InRange(registry.Customers.Count, 8, 15);
        Assert.Contains(registry.Customers, c => c.Status == CustomerStatus.Onboarding);
        Assert.Contains(registry.Customers, c => c.Status == CustomerStatus.Offboarded);
        Assert.Contains(registry.Customers, c => c.Access == AccessKind.B2b);
        Assert.Contains(registry.Customers, c => c.Links.Any(l => l.UrlTemplate.Contains("{tenantId}", StringComparison.Ordinal)));
        Assert.Contains(registry.Customers, c => c.Name.Any(ch => ch >= '\u4E00' && ch <= '\u9FFF'));
        Assert.Contains(registry.Customers, c => c.Name.Contains('é', StringComparison.Ordinal));
        Assert.Contains(registry.Customers, c => c.Portal is not null);
        Assert.Equal(["security-reader", "security-operator"], registry.Defaults.ExpectedRoles);
        Assert.StartsWith("# yaml-language-server: $schema=schema/customers.schema.json", File.ReadAllText(RepositoryFiles.ExampleRegistry), StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_are_mapped_with_defaults_and_lines()
    {
        var registry = Example.Registry!;
        var woodgrove = registry.Customers.Single(c => c.Id == "woodgrove-bank");
        Assert.Equal("Woodgrove Bank", woodgrove.Name);
        Assert.Equal(CustomerStatus.Active, woodgrove.Status);
        Assert.Equal(AccessKind.Gdap, woodgrove.Access);
        Assert.Equal(["security-reader", "security-operator", "global-reader"], woodgrove.ExpectedRoles);
        Assert.Equal(2, woodgrove.Contacts.Count);
        Assert.Contains("Change freeze", woodgrove.Notes, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(RepositoryFiles.ExampleRegistry);
        Assert.Contains("id: woodgrove-bank", lines[woodgrove.Line - 1], StringComparison.Ordinal);

        var sakura = registry.Customers.Single(c => c.Id == "sakura-shoji");
        Assert.Null(sakura.ExpectedRoles);
        Assert.Equal(["security-reader", "security-operator"], sakura.EffectiveExpectedRoles(registry.Defaults));
        Assert.Equal("defender", sakura.EffectivePortal(registry.Defaults));
        Assert.Equal(Cloud.Global, registry.Provider.Cloud);
        Assert.Equal(RepositoryFiles.ExampleRegistry, registry.SourcePath);
    }

    [Fact]
    public void Parse_gives_the_same_registry_as_Load()
    {
        var parsed = RegistryLoader.Parse(File.ReadAllText(RepositoryFiles.ExampleRegistry), "customers.yaml");

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(Example.Registry!.Customers.Select(c => (c.Id, c.Name, c.TenantId, c.Line)), parsed.Registry!.Customers.Select(c => (c.Id, c.Name, c.TenantId, c.Line)));
    }
}
