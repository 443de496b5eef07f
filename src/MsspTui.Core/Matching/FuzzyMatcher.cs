namespace MsspTui.Core.Matching;

/// <summary>
/// Fuzzy matching of one query against one text, for callers that match a handful of strings (e.g. resolving a
/// CUSTOMER argument). The query's space-separated terms must all match (AND); the score is their sum.
/// For filtering many rows per keystroke use <see cref="SearchIndex"/>, which does not allocate per row.
/// </summary>
public static class FuzzyMatcher
{
    [ThreadStatic]
    private static FuzzyScorer? t_scorer;

    private static FuzzyScorer Scorer => t_scorer ??= new FuzzyScorer();

    public static FuzzyMatch? Match(string query, string text)
    {
        QueryTerm[] terms = QueryTerm.ParseQuery(query);
        var positions = new List<int>();
        int total = 0;
        string? lower = null;
        foreach (QueryTerm term in terms)
        {
            string comparable = term.CaseSensitive ? text : lower ??= text.ToLowerInvariant();
            int score = Scorer.Score(term.Pattern, text, comparable, positions);
            if (score == FuzzyScorer.NoMatch)
            {
                return null;
            }

            total += score;
        }

        positions.Sort();
        int[] distinct = positions.Distinct().ToArray();
        return new FuzzyMatch(total, distinct);
    }

    public static bool IsMatch(string query, string text) => Score(query, text) is not null;

    /// <summary>The score of <paramref name="query"/> against <paramref name="text"/>, or null when it does not match.</summary>
    public static int? Score(string query, string text)
    {
        int total = 0;
        string? lower = null;
        foreach (QueryTerm term in QueryTerm.ParseQuery(query))
        {
            string comparable = term.CaseSensitive ? text : lower ??= text.ToLowerInvariant();
            int score = Scorer.Score(term.Pattern, text, comparable);
            if (score == FuzzyScorer.NoMatch)
            {
                return null;
            }

            total += score;
        }

        return total;
    }
}
