using MsspTui.Core.Registry;

namespace MsspTui.Core.Resolution;

/// <summary>
/// Resolves the CUSTOMER argument of `url` and `open`, in the order of the contract: exact id; tenant id (any case);
/// exact name (case-insensitive); else a unique fuzzy match over id and name (and aliases).
/// Fuzzy matches are tried from the strictest kind to the loosest — a prefix of a word, a substring, then the
/// letters in order — and the first kind that matches anything decides, so "fab" picks "Fabrikam" over "First Bank".
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
        if (exact is not null)
        {
            return CustomerResolution.Found(exact);
        }

        foreach (Func<string, string, bool> matches in MatchKinds)
        {
            List<Customer> hits = customers.Where(c => SearchTerms(c).Any(term => matches(term, needle))).ToList();
            if (hits.Count == 1)
            {
                return CustomerResolution.Found(hits[0]);
            }

            if (hits.Count > 1)
            {
                return CustomerResolution.Ambiguous(hits);
            }
        }

        return CustomerResolution.NotFound;
    }

    private static readonly Func<string, string, bool>[] MatchKinds = [StartsAWord, Contains, CustomerFilter.HasLettersInOrder];

    private static IEnumerable<string> SearchTerms(Customer customer) => [customer.Id, customer.Name, .. customer.Aliases];

    private static Customer? UniqueAlias(IReadOnlyList<Customer> customers, string needle)
    {
        var hits = customers.Where(c => c.Aliases.Contains(needle, StringComparer.OrdinalIgnoreCase)).Take(2).ToList();
        return hits.Count == 1 ? hits[0] : null;
    }

    private static bool StartsAWord(string term, string needle)
    {
        for (int start = 0; start < term.Length; start++)
        {
            bool wordStart = start == 0 || !char.IsLetterOrDigit(term[start - 1]);
            if (wordStart && string.Compare(term, start, needle, 0, needle.Length, StringComparison.OrdinalIgnoreCase) == 0
                && start + needle.Length <= term.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string term, string needle) => term.Contains(needle, StringComparison.OrdinalIgnoreCase);
}
