using Microsoft.Graph;
using MsspTui.Core.Drift;

namespace MsspTui.Graph.Discovery;

/// <summary>GET /contracts (legacy DAP), every page.</summary>
internal sealed class DapReader(GraphServiceClient client, Uri graphRoot, DiscoverySettings settings)
{
    public const string Permission = "Directory.Read.All";

    public async Task<IReadOnlyList<DapContract>> ReadAsync(CancellationToken cancellationToken)
    {
        var page = await GraphCall.WithTimeout(ct => client.Contracts.GetAsync(cancellationToken: ct), settings.CallTimeout, cancellationToken)
            .ConfigureAwait(false);
        var result = new List<DapContract>();
        while (page is not null)
        {
            result.AddRange((page.Value ?? [])
                .Where(c => Guid.TryParse(c.CustomerId?.ToString(), out _))
                .Select(c => new DapContract(c.Id ?? string.Empty, c.ContractType, TenantIds.Normalize(c.CustomerId!.Value.ToString()),
                    c.DisplayName, c.DefaultDomainName)));
            if (string.IsNullOrEmpty(page.OdataNextLink))
            {
                break;
            }

            var next = NextLinks.Check(page.OdataNextLink, graphRoot);
            page = await GraphCall.WithTimeout(ct => client.Contracts.WithUrl(next).GetAsync(cancellationToken: ct), settings.CallTimeout, cancellationToken)
                .ConfigureAwait(false);
        }

        return result;
    }
}
