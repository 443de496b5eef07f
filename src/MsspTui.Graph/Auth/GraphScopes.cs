using MsspTui.Core.Registry;

namespace MsspTui.Graph.Auth;

/// <summary>The read-only delegated permissions mssp-tui asks for, as scopes of the cloud's Graph resource.</summary>
public static class GraphScopes
{
    public static IReadOnlyList<string> Permissions { get; } =
    [
        "DelegatedAdminRelationship.Read.All",
        "CrossTenantInformation.ReadBasic.All",
        "Directory.Read.All",
    ];

    public static string[] For(Cloud cloud) =>
        Permissions.Select(p => $"https://{GraphEndpoints.GraphHost(cloud)}/{p}").ToArray();
}
