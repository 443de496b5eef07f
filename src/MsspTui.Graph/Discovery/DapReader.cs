using Microsoft.Graph;
using Microsoft.Graph.Models;
using MsspTui.Core.Drift;

namespace MsspTui.Graph.Discovery;

/// <summary>GET /contracts (legacy DAP), every page.</summary>
internal sealed class DapReader(GraphServiceClient client, Uri graphRoot, DiscoverySettings settings)
{
    public const string Permission = "Directory.Read.All";

    public async Task<IReadOnlyList<DapContract>> ReadAsync(CancellationToken cancellationToken)
    {
        var contracts = await GraphPages.ReadAllAsync(
            "the DAP contracts",
            ct => client.Contracts.GetAsync(cancellationToken: ct),
            (next, ct) => client.Contracts.WithUrl(next).GetAsync(cancellationToken: ct),
            page => page.Value,
            page => page.OdataNextLink,
            graphRoot, settings, cancellationToken).ConfigureAwait(false);
        return contracts.Select(Map).ToArray();
    }

    // Every contract is with one customer tenant: one without it is an unreadable answer, not a contract to skip
    // (skipped, its customer's dap-legacy finding would silently go missing).
    private static DapContract Map(Contract contract)
    {
        if (contract.CustomerId is not { } customer || customer == Guid.Empty)
        {
            throw new UnreadableAnswerException($"DAP contract {contract.Id ?? "(no id)"} came without its customer's tenant id");
        }

        return new DapContract(contract.Id ?? string.Empty, contract.ContractType, TenantIds.Normalize(customer.ToString()),
            contract.DisplayName, contract.DefaultDomainName);
    }
}
