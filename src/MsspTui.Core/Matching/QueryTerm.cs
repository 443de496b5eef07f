namespace MsspTui.Core.Matching;

/// <summary>
/// One space-separated term of a query. Smart case, per term like fzf: a term with an upper-case letter is matched
/// case-sensitively, an all-lower-case term against the lower-cased text. Tenant ids are the exception: they are
/// compared in lower case whatever the term's case (see <see cref="SearchIndex"/>).
/// </summary>
public readonly record struct QueryTerm(string Pattern, bool CaseSensitive)
{
    /// <summary>
    /// The pattern in lower case, for fields compared ignoring case whatever the term's case (tenant ids); the pattern
    /// itself, not a copy, when it is lower-case ASCII already.
    /// </summary>
    internal string LowerPattern { get; } = LowerCase.Of(Pattern);

    /// <summary>The lower-cased pattern's characters (a case-sensitive match is also a case-insensitive one).</summary>
    internal ulong Mask { get; } = CharMask.Of(LowerCase.Of(Pattern));

    public static QueryTerm Parse(string term)
    {
        bool caseSensitive = false;
        foreach (char c in term)
        {
            if (char.IsUpper(c))
            {
                caseSensitive = true;
                break;
            }
        }

        return new QueryTerm(caseSensitive ? term : term.ToLowerInvariant(), caseSensitive);
    }

    public static QueryTerm[] ParseQuery(string query) =>
        query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToArray();
}
