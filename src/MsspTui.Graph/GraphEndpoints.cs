using MsspTui.Core.Registry;

namespace MsspTui.Graph;

/// <summary>
/// Per-cloud hosts: Microsoft Graph and the Entra sign-in authority. Sources: learn.microsoft.com "Microsoft Graph
/// national cloud deployments" (GCC uses the global service; GCC High graph.microsoft.us; DoD dod-graph.microsoft.us;
/// China microsoftgraph.chinacloudapi.cn).
/// </summary>
public static class GraphEndpoints
{
    public static Uri GraphRoot(Cloud cloud) => new($"https://{GraphHost(cloud)}/v1.0");

    public static string GraphHost(Cloud cloud) => cloud switch
    {
        Cloud.Global or Cloud.UsGov => "graph.microsoft.com",
        Cloud.UsGovHigh => "graph.microsoft.us",
        Cloud.DoD => "dod-graph.microsoft.us",
        Cloud.China => "microsoftgraph.chinacloudapi.cn",
        _ => throw new ArgumentOutOfRangeException(nameof(cloud), cloud, null),
    };

    public static string AuthorityHost(Cloud cloud) => cloud switch
    {
        Cloud.Global or Cloud.UsGov => "login.microsoftonline.com",
        Cloud.UsGovHigh or Cloud.DoD => "login.microsoftonline.us",
        Cloud.China => "login.chinacloudapi.cn",
        _ => throw new ArgumentOutOfRangeException(nameof(cloud), cloud, null),
    };
}
