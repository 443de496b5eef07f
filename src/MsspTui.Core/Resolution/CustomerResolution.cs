using MsspTui.Core.Matching;
using MsspTui.Core.Registry;

namespace MsspTui.Core.Resolution;

/// <summary>What a CUSTOMER argument resolved to: one customer, several candidates, or none.</summary>
public sealed record CustomerResolution(Customer? Customer, IReadOnlyList<Customer> Candidates)
{
    public static CustomerResolution NotFound { get; } = new(null, []);

    /// <summary>
    /// For an ambiguous fuzzy match: how many customers match the query at all — exactly those `list QUERY` lists.
    /// The <see cref="Candidates"/> are those among them that match it most closely (<see cref="Closeness"/>).
    /// </summary>
    public int Matches { get; private init; }

    /// <summary>How closely the <see cref="Candidates"/> of an ambiguous match match the query.</summary>
    public MatchKind Closeness { get; private init; }

    public static CustomerResolution Found(Customer customer) => new(customer, [customer]);

    public static CustomerResolution Ambiguous(IReadOnlyList<Customer> candidates, int matches, MatchKind closeness) =>
        new(null, candidates) { Matches = matches, Closeness = closeness };

    public bool IsAmbiguous => Customer is null && Candidates.Count > 1;
}
