using System.Xml;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using MsspTui.Core.Drift;

namespace MsspTui.Graph.Discovery;

/// <summary>GET /tenantRelationships/delegatedAdminRelationships, every page ($top=PageSize, then @odata.nextLink).</summary>
internal sealed class GdapReader(GraphServiceClient client, Uri graphRoot, DiscoverySettings settings)
{
    public const string Permission = "DelegatedAdminRelationship.Read.All";

    public async Task<IReadOnlyList<GdapRelationship>> ReadAsync(CancellationToken cancellationToken)
    {
        var builder = client.TenantRelationships.DelegatedAdminRelationships;
        var page = await GraphCall.WithTimeout(
            ct => builder.GetAsync(rc => rc.QueryParameters.Top = settings.PageSize, ct),
            settings.CallTimeout, cancellationToken).ConfigureAwait(false);
        var result = new List<GdapRelationship>();
        while (page is not null)
        {
            result.AddRange((page.Value ?? []).Select(Map).OfType<GdapRelationship>());
            if (string.IsNullOrEmpty(page.OdataNextLink))
            {
                break;
            }

            var next = NextLinks.Check(page.OdataNextLink, graphRoot);
            page = await GraphCall.WithTimeout(ct => builder.WithUrl(next).GetAsync(cancellationToken: ct), settings.CallTimeout, cancellationToken)
                .ConfigureAwait(false);
        }

        return result;
    }

    private static GdapRelationship? Map(DelegatedAdminRelationship relationship)
    {
        if (relationship.Customer?.TenantId is not { Length: > 0 } tenant)
        {
            return null;
        }

        return new GdapRelationship(
            relationship.Id ?? string.Empty,
            relationship.DisplayName,
            StatusName(relationship.Status),
            TenantIds.Normalize(tenant),
            relationship.Customer.DisplayName,
            (relationship.AccessDetails?.UnifiedRoles ?? [])
                .Select(r => r.RoleDefinitionId)
                .OfType<string>()
                .Select(r => r.Trim().ToLowerInvariant())
                .Distinct()
                .ToArray(),
            relationship.EndDateTime,
            relationship.AutoExtendDuration is { } extend ? XmlConvert.ToString(extend) : null);
    }

    /// <summary>Graph's own spelling (camelCase) of the SDK enum; unknown values stay visible as "unknown".</summary>
    private static string StatusName(DelegatedAdminRelationshipStatus? status)
    {
        if (status is not { } value)
        {
            return "unknown";
        }

        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
