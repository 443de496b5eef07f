using MsspTui.Core.Registry;

namespace MsspTui.Core.Resolution;

/// <summary>What a CUSTOMER argument resolved to: one customer, several candidates, or none.</summary>
public sealed record CustomerResolution(Customer? Customer, IReadOnlyList<Customer> Candidates)
{
    public static CustomerResolution NotFound { get; } = new(null, []);

    public static CustomerResolution Found(Customer customer) => new(customer, [customer]);

    public static CustomerResolution Ambiguous(IReadOnlyList<Customer> candidates) => new(null, candidates);

    public bool IsAmbiguous => Customer is null && Candidates.Count > 1;
}
