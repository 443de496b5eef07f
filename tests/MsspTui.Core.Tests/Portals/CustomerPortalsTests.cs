using MsspTui.Core.Portals;
using MsspTui.Core.Registry;
using Xunit;

namespace MsspTui.Core.Tests.Portals;

public sealed class CustomerPortalsTests
{
    private static readonly Customer Fabrikam = new()
    {
        Id = "fabrikam",
        Name = "Fabrikam",
        TenantId = "0F3C1D2E-1111-4A2B-8C3D-4E5F60718293",
        Domain = "fabrikam.com",
        Links = [new CustomerLink("Runbook", "https://wiki.example/runbooks/{tenantId}?d={domain}")],
    };

    [Fact]
    public void Defender_url_is_the_contract_url_with_a_lower_case_tenant_id() =>
        Assert.Equal("https://security.microsoft.com/?tid=0f3c1d2e-1111-4a2b-8c3d-4e5f60718293",
            CustomerPortals.Find(Fabrikam, "defender", Cloud.Global)!.Url);

    [Fact]
    public void Mto_is_the_unified_view() =>
        Assert.Equal("https://mto.security.microsoft.com/", CustomerPortals.Find(Fabrikam, "MTO", Cloud.Global)!.Url);

    [Fact]
    public void Defender_in_gcc_high_uses_the_us_host() =>
        Assert.StartsWith("https://security.microsoft.us/?tid=", CustomerPortals.Find(Fabrikam, "defender", Cloud.UsGovHigh)!.Url);

    [Fact]
    public void A_custom_link_is_found_by_name_and_expanded() =>
        Assert.Equal("https://wiki.example/runbooks/0f3c1d2e-1111-4a2b-8c3d-4e5f60718293?d=fabrikam.com",
            CustomerPortals.Find(Fabrikam, "runbook", Cloud.Global)!.Url);

    [Fact]
    public void A_portal_that_needs_a_domain_says_so_when_there_is_none()
    {
        PortalTarget target = CustomerPortals.Find(Fabrikam with { Domain = null }, "exchange", Cloud.Global)!;
        Assert.False(target.IsAvailable);
        Assert.Contains("domain", target.Problem);
    }

    [Fact]
    public void Values_cannot_break_out_of_their_place_in_the_url() =>
        Assert.Equal("https://admin.teams.microsoft.com/?delegatedOrg=evil.com%26x%3D1%23",
            CustomerPortals.Find(Fabrikam with { Domain = "evil.com&x=1#" }, "teams", Cloud.Global)!.Url);

    [Fact]
    public void Every_catalog_portal_builds_an_https_url()
    {
        foreach (Cloud cloud in Enum.GetValues<Cloud>())
        {
            foreach (PortalTarget target in CustomerPortals.All(Fabrikam, cloud))
            {
                Assert.StartsWith("https://", target.Url);
                Assert.DoesNotContain("{", target.Url);
            }
        }
    }

    [Fact]
    public void Unknown_names_are_not_found() => Assert.Null(CustomerPortals.Find(Fabrikam, "nope", Cloud.Global));
}
