using MsspTui.Core.Registry;

namespace MsspTui.Core.Portals;

/// <summary>
/// Every portal a customer can be opened in. Sources for each template are cited in docs/portals.md.
/// </summary>
public static class PortalCatalog
{
    public const string Defender = "defender";
    public const string MultiTenant = "mto";

    private static readonly IReadOnlyDictionary<Cloud, string> SameEverywhere = new Dictionary<Cloud, string>();

    public static IReadOnlyList<Portal> All { get; } =
    [
        new(Defender, "Microsoft Defender", "https://security.microsoft.com/?tid={tenantId}", NeedsDomain: false,
            new Dictionary<Cloud, string>
            {
                [Cloud.UsGovHigh] = "https://security.microsoft.us/?tid={tenantId}",
                [Cloud.DoD] = "https://security.apps.mil/?tid={tenantId}",
            }),
        new(MultiTenant, "Defender multi-tenant view", "https://mto.security.microsoft.com/", NeedsDomain: false, SameEverywhere),
        new("entra", "Microsoft Entra admin center", "https://entra.microsoft.com/{tenantId}/#home", NeedsDomain: false,
            new Dictionary<Cloud, string>
            {
                [Cloud.UsGovHigh] = "https://entra.microsoft.us/{tenantId}/#home",
                [Cloud.DoD] = "https://entra.microsoft.us/{tenantId}/#home",
                [Cloud.China] = "https://entra.microsoftonline.cn/{tenantId}/#home",
            }),
        new("azure", "Azure portal", "https://portal.azure.com/{tenantId}/", NeedsDomain: false,
            new Dictionary<Cloud, string>
            {
                [Cloud.UsGovHigh] = "https://portal.azure.us/{tenantId}/",
                [Cloud.DoD] = "https://portal.azure.us/{tenantId}/",
                [Cloud.China] = "https://portal.azure.cn/{tenantId}/",
            }),
        new("intune", "Microsoft Intune admin center", "https://intune.microsoft.com/{tenantId}", NeedsDomain: false,
            new Dictionary<Cloud, string>
            {
                [Cloud.UsGovHigh] = "https://intune.microsoft.us/{tenantId}",
                [Cloud.DoD] = "https://intune.microsoft.us/{tenantId}",
            }),
        new("purview", "Microsoft Purview portal", "https://purview.microsoft.com/?tid={tenantId}", NeedsDomain: false, SameEverywhere),
        new("m365", "Microsoft 365 admin center (partner)",
            "https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID={tenantId}&CSDEST=o365admincenter",
            NeedsDomain: false, SameEverywhere),
        new("exchange", "Exchange admin center",
            "https://admin.cloud.microsoft/exchange?landingpage=homepage&form=mac_sidebar&delegatedOrg={domain}#",
            NeedsDomain: true, SameEverywhere),
        new("teams", "Teams admin center", "https://admin.teams.microsoft.com/?delegatedOrg={domain}", NeedsDomain: true, SameEverywhere),
        new("powerplatform", "Power Platform admin center",
            "https://admin.powerplatform.microsoft.com/account/login/{tenantId}", NeedsDomain: false, SameEverywhere),
    ];

    private static readonly Dictionary<string, Portal> ByName = All.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public static Portal? Find(string name) => ByName.GetValueOrDefault(name);

    public static IEnumerable<string> Names => All.Select(p => p.Name);
}
