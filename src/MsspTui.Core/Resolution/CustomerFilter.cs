using MsspTui.Core.Registry;

namespace MsspTui.Core.Resolution;

/// <summary>The customers `list` shows: those whose id, name, aliases, tags or tenant id hold the query's letters in order, and that carry every tag asked for.</summary>
public static class CustomerFilter
{
    public static IEnumerable<Customer> Apply(IEnumerable<Customer> customers, string? query, IReadOnlyCollection<string> tags)
    {
        string needle = query?.Trim() ?? string.Empty;
        return customers.Where(c =>
            tags.All(tag => c.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            && (needle.Length == 0 || Terms(c).Any(term => HasLettersInOrder(term, needle))));
    }

    private static IEnumerable<string> Terms(Customer customer) =>
        [customer.Id, customer.Name, customer.TenantId, .. customer.Aliases, .. customer.Tags];

    internal static bool HasLettersInOrder(string term, string needle)
    {
        int next = 0;
        foreach (char c in term)
        {
            if (next < needle.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(needle[next]))
            {
                next++;
            }
        }

        return next == needle.Length;
    }
}
