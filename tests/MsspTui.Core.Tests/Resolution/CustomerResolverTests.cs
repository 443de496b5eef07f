using MsspTui.Core.Matching;
using MsspTui.Core.Registry;
using MsspTui.Core.Resolution;
using Xunit;

namespace MsspTui.Core.Tests.Resolution;

public sealed class CustomerResolverTests
{
    private static readonly Customer Fabrikam = new() { Id = "fabrikam", Name = "Fabrikam, Inc.", TenantId = "0F3C1D2E-1111-4A2B-8C3D-4E5F60718293", Aliases = ["fab"] };
    private static readonly Customer FirstBank = new() { Id = "first-bank", Name = "First Atlantic Bank", TenantId = "1a2b3c4d-2222-4a2b-8c3d-4e5f60718293" };
    private static readonly Customer Tokyo = new() { Id = "tokyo-denki", Name = "東京電機株式会社", TenantId = "2a2b3c4d-3333-4a2b-8c3d-4e5f60718293" };
    private static readonly Customer Contoso = new() { Id = "contoso", Name = "Contoso Ltd.", TenantId = "3a2b3c4d-4444-4a2b-8c3d-4e5f60718293" };
    private static readonly Customer ContosoEu = new() { Id = "contoso-eu", Name = "Contoso Europe GmbH", TenantId = "4a2b3c4d-5555-4a2b-8c3d-4e5f60718293" };
    private static readonly IReadOnlyList<Customer> All = [Fabrikam, FirstBank, Tokyo, Contoso, ContosoEu];

    [Theory]
    [InlineData("fabrikam")]
    [InlineData("0f3c1d2e-1111-4a2b-8c3d-4e5f60718293")]
    [InlineData("0F3C1D2E-1111-4A2B-8C3D-4E5F60718293")]
    [InlineData("fabrikam, inc.")]
    [InlineData("FAB")]
    [InlineData("fabri")]
    [InlineData("frkm")]
    public void Resolves_fabrikam_by_every_route(string query) => Assert.Same(Fabrikam, CustomerResolver.Resolve(All, query).Customer);

    [Fact]
    public void Exact_id_wins_over_a_prefix_of_another_id() => Assert.Same(Contoso, CustomerResolver.Resolve(All, "contoso").Customer);

    [Fact]
    public void Resolves_a_CJK_name_and_part_of_it()
    {
        Assert.Same(Tokyo, CustomerResolver.Resolve(All, "東京電機株式会社").Customer);
        Assert.Same(Tokyo, CustomerResolver.Resolve(All, "電機").Customer);
    }

    [Fact]
    public void A_word_prefix_beats_scattered_letters() => Assert.Same(FirstBank, CustomerResolver.Resolve(All, "first").Customer);

    [Fact]
    public void Several_equally_good_matches_are_ambiguous()
    {
        CustomerResolution resolution = CustomerResolver.Resolve(All, "cont");
        Assert.True(resolution.IsAmbiguous);
        Assert.Equal(["contoso", "contoso-eu"], resolution.Candidates.Select(c => c.Id).Order());
    }

    [Theory]
    [InlineData("zzz")]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_matching_is_not_found(string query)
    {
        CustomerResolution resolution = CustomerResolver.Resolve(All, query);
        Assert.Null(resolution.Customer);
        Assert.False(resolution.IsAmbiguous);
    }

    private static readonly Customer Lumiere = new() { Id = "cafe-lumiere", Name = "Café Lumière SARL", TenantId = "31d6295d-56a0-43f8-acf9-311146001cb1", Tags = ["eu"] };

    // Its tenant id holds f…a…b scattered, as most hex ids do.
    private static readonly Customer Woodgrove = new() { Id = "woodgrove", Name = "Woodgrove Bank", TenantId = "3298f589-8a6c-49de-83f2-72798b98ea88", Tags = ["eu"] };

    [Theory]
    [InlineData("cafe lumiere", "cafe-lumiere")]
    [InlineData("lumiere eu", "cafe-lumiere")]
    [InlineData("fab", "fabrikam")]
    [InlineData("0F3C1D2E", "fabrikam")]
    [InlineData("72798B98EA88", "woodgrove")]
    public void Fuzzy_matching_is_the_pickers_terms_fields_and_tenant_ids(string query, string id) =>
        Assert.Equal(id, CustomerResolver.Resolve([.. All, Lumiere, Woodgrove], query).Customer?.Id);

    [Fact]
    public void A_word_start_in_a_tenant_id_group_is_no_closer_than_anywhere()
    {
        // "fab" starts a group of Northwind's tenant id by chance; Fabrikam still wins as the only word start.
        Customer northwind = new() { Id = "northwind", Name = "Northwind Traders", TenantId = "5a2b3c4d-fab1-4a2b-8c3d-4e5f60718293" };
        Customer fabrikam = Fabrikam with { Aliases = [] };

        Assert.Same(fabrikam, CustomerResolver.Resolve([fabrikam, northwind], "fab").Customer);
    }

    [Fact]
    public void Ambiguous_candidates_are_the_closest_matches_and_every_match_is_counted_as_list_lists_them()
    {
        Customer fabrikamEu = new() { Id = "fabrikam-eu", Name = "Fabrikam Europe", TenantId = "6a2b3c4d-7777-4a2b-8c3d-4e5f60718293" };
        IReadOnlyList<Customer> customers = [Fabrikam with { Aliases = [] }, fabrikamEu, FirstBank, Woodgrove, Tokyo];

        CustomerResolution resolution = CustomerResolver.Resolve(customers, "fab");

        Assert.True(resolution.IsAmbiguous);
        Assert.Equal(["fabrikam", "fabrikam-eu"], resolution.Candidates.Select(c => c.Id).Order());
        Assert.Equal(MatchKind.WordStart, resolution.Closeness);
        Assert.Equal(CustomerFilter.Apply(customers, "fab", []).Count(), resolution.Matches);
        Assert.Equal(3, resolution.Matches);
    }

    [Fact]
    public void When_only_letters_in_order_match_the_candidates_are_exactly_what_list_lists()
    {
        IReadOnlyList<Customer> customers = [.. All, Lumiere, Woodgrove];

        CustomerResolution resolution = CustomerResolver.Resolve(customers, "cso");

        Assert.True(resolution.IsAmbiguous);
        Assert.Equal(
            CustomerFilter.Apply(customers, "cso", []).Select(c => c.Id).Order(),
            resolution.Candidates.Select(c => c.Id).Order());
        Assert.Equal(resolution.Candidates.Count, resolution.Matches);
    }
}
