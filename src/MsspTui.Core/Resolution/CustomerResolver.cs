using MsspTui.Core.Matching;
using MsspTui.Core.Registry;

namespace MsspTui.Core.Resolution;

/// <summary>
/// Resolves the CUSTOMER argument of `url` and `open`, in the order of the contract: exact id; tenant id (any case);
/// exact name (case-insensitive); id in any case; an alias (any case) that only one customer has; else a unique fuzzy
/// match. The fuzzy match is the picker's (<see cref="SearchIndex"/>, the matching `list QUERY` uses too): every term
/// in name, id, aliases, tags or tenant id. Among several matches the closest kind decides (<see cref="MatchKind"/>:
/// every term at a word start, then unbroken, then letters in order), so "fab" picks "Fabrikam" over "First Bank".
/// Unlike the picker's smart case, case never matters here (as for `list`): `url CONTOSO` finds "Contoso Ltd".
/// </summary>
public static class CustomerResolver
{
    public static CustomerResolution Resolve(IReadOnlyList<Customer> customers, string query)
    {
        string needle = query.Trim();
        if (needle.Length == 0)
        {
            return CustomerResolution.NotFound;
        }

        Customer? exact = customers.FirstOrDefault(c => string.Equals(c.Id, needle, StringComparison.Ordinal))
            ?? customers.FirstOrDefault(c => string.Equals(c.TenantId, needle, StringComparison.OrdinalIgnoreCase))
            ?? customers.FirstOrDefault(c => string.Equals(c.Name, needle, StringComparison.OrdinalIgnoreCase))
            ?? customers.FirstOrDefault(c => string.Equals(c.Id, needle, StringComparison.OrdinalIgnoreCase))
            ?? UniqueAlias(customers, needle);
        return exact is not null ? CustomerResolution.Found(exact) : Fuzzy(customers, CustomerFilter.IgnoringCase(needle));
    }

    private static CustomerResolution Fuzzy(IReadOnlyList<Customer> customers, string needle)
    {
        SearchIndex index = CustomerFilter.Index(customers);
        int[] matches = index.Filter(needle).Rows.ToArray();
        if (matches.Length <= 1)
        {
            return matches.Length == 1 ? CustomerResolution.Found(customers[matches[0]]) : CustomerResolution.NotFound;
        }

        Array.Sort(matches);
        MatchKind?[] kinds = Array.ConvertAll(matches, row => index.Closeness(row, needle));
        MatchKind closest = kinds.Min() ?? MatchKind.LettersInOrder;
        List<Customer> candidates = matches.Where((_, i) => kinds[i] == closest).Select(row => customers[row]).ToList();
        return candidates.Count == 1
            ? CustomerResolution.Found(candidates[0])
            : CustomerResolution.Ambiguous(candidates, matches.Length, closest);
    }

    private static Customer? UniqueAlias(IReadOnlyList<Customer> customers, string needle)
    {
        var hits = customers.Where(c => c.Aliases.Contains(needle, StringComparer.OrdinalIgnoreCase)).Take(2).ToList();
        return hits.Count == 1 ? hits[0] : null;
    }
}
