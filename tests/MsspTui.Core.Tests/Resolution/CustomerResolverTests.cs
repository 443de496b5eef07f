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
}
