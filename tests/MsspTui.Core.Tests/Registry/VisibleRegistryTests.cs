using MsspTui.Core.Registry;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

public sealed class VisibleRegistryTests
{
    private static readonly Customer Clean = new() { Id = "a", Name = "Fabrikam, Inc.", TenantId = "6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d", Tags = ["eu"] };

    private static CustomerRegistry With(params Customer[] customers) =>
        new(1, new Provider("P", "5c0f6e4a-2d1b-4a3f-9e8c-7b6a5f4e3d2c", Cloud.Global, null), RegistryDefaults.None, customers, "customers.yaml");

    [Fact]
    public void A_registry_with_nothing_to_replace_is_returned_as_it_is()
    {
        var registry = With(Clean, Clean with { Id = "b", Name = "桜商事株式会社", Notes = "plain notes" });

        Assert.Same(registry, VisibleRegistry.Of(registry));
    }

    [Fact]
    public void Control_characters_in_any_text_become_visible_and_only_that_customer_is_copied()
    {
        var evil = Clean with
        {
            Id = "b", Name = "Evil\u001b]0;pwned\u0007Corp", Domain = "x\u009b.example", Tags = ["t\u001b[5m"],
            Links = [new CustomerLink("Run\u001bbook", "https://wiki.example/\u001b[2J")],
            Contacts = [new Contact("SOC\u0000", null, null)],
        };
        var registry = With(Clean, evil) with { SourcePath = "dir\u001b[2J/customers.yaml" };

        var visible = VisibleRegistry.Of(registry);

        Assert.Same(Clean, visible.Customers[0]);
        var shown = visible.Customers[1];
        Assert.Equal(("Evil␛]0;pwned␇Corp", "x\uFFFD.example", "t␛[5m"), (shown.Name, shown.Domain, shown.Tags[0]));
        Assert.Equal(new CustomerLink("Run␛book", "https://wiki.example/␛[2J"), shown.Links[0]);
        Assert.Equal("SOC␀", shown.Contacts[0].Name);
        Assert.Equal("dir␛[2J/customers.yaml", visible.SourcePath);
        Assert.Equal("Evil\u001b]0;pwned\u0007Corp", registry.Customers[1].Name);
    }
}
