using MsspTui.Core.Matching;
using MsspTui.Core.Registry;

namespace MsspTui.Core.Resolution;

/// <summary>
/// The customers `list` shows: those that carry every tag asked for and that the picker would show for the query
/// (<see cref="SearchIndex"/>: each space-separated term in name, id, aliases, tags or tenant id; any case), in the
/// order given.
/// </summary>
public static class CustomerFilter
{
    public static IEnumerable<Customer> Apply(IEnumerable<Customer> customers, string? query, IReadOnlyCollection<string> tags)
    {
        List<Customer> tagged = customers
            .Where(c => tags.All(tag => c.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        bool[]? matched = Matches(tagged, IgnoringCase(query ?? string.Empty));
        return matched is null ? tagged : tagged.Where((_, row) => matched[row]);
    }

    /// <summary>Which of <paramref name="customers"/> match <paramref name="query"/>; null when it has no terms (all do).</summary>
    internal static bool[]? Matches(IReadOnlyList<Customer> customers, string query)
    {
        if (QueryTerm.ParseQuery(query).Length == 0)
        {
            return null;
        }

        var matched = new bool[customers.Count];
        foreach (int row in Index(customers).Filter(query).Rows)
        {
            matched[row] = true;
        }

        return matched;
    }

    /// <summary>
    /// The query as the command line matches it: in lower case. The picker's smart case (an upper-case letter makes a
    /// term exact) suits typing while watching the list; in a command or a script, `list CONTOSO` and `url CONTOSO`
    /// finding nothing would only surprise.
    /// </summary>
    internal static string IgnoringCase(string query) => query.ToLowerInvariant();

    internal static SearchIndex Index(IReadOnlyList<Customer> customers)
    {
        var documents = new SearchDocument[customers.Count];
        for (int i = 0; i < documents.Length; i++)
        {
            documents[i] = SearchDocument.From(customers[i]);
        }

        return new SearchIndex(documents);
    }
}
