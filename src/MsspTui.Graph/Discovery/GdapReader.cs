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
        var relationships = await GraphPages.ReadAllAsync(
            "the GDAP relationships",
            ct => builder.GetAsync(rc => rc.QueryParameters.Top = settings.PageSize, ct),
            (next, ct) => builder.WithUrl(next).GetAsync(cancellationToken: ct),
            page => page.Value,
            page => page.OdataNextLink,
            graphRoot, settings, cancellationToken).ConfigureAwait(false);
        return relationships.Select(Map).OfType<GdapRelationship>().ToArray();
    }

    // Statuses in which the customer has approved the relationship, so Graph names the customer: without one such a
    // relationship is an unreadable answer. Before approval (created, approvalPending) a relationship may have no
    // customer yet, nor after it ended unapproved; it gives no one access and is left out.
    private static readonly HashSet<DelegatedAdminRelationshipStatus> Approved =
    [
        DelegatedAdminRelationshipStatus.Approved, DelegatedAdminRelationshipStatus.Activating, DelegatedAdminRelationshipStatus.Active,
        DelegatedAdminRelationshipStatus.Expiring, DelegatedAdminRelationshipStatus.TerminationRequested, DelegatedAdminRelationshipStatus.Terminating,
    ];

    private static GdapRelationship? Map(DelegatedAdminRelationship relationship)
    {
        if (relationship.Id is not { Length: > 0 } id)
        {
            throw new UnreadableAnswerException("a GDAP relationship came without its id");
        }

        if (relationship.Customer?.TenantId is not { Length: > 0 } tenant)
        {
            return relationship.Status is { } status && Approved.Contains(status)
                ? throw new UnreadableAnswerException($"GDAP relationship {id} ({StatusName(relationship.Status)}) came without its customer's tenant id")
                : null;
        }

        if (!Guid.TryParse(tenant, out _))
        {
            throw new UnreadableAnswerException($"GDAP relationship {id} names its customer by '{tenant}', which is not a tenant id (GUID)");
        }

        return new GdapRelationship(
            id,
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
