namespace MsspTui.Graph.Discovery;

/// <summary>
/// Every page of a Graph collection: the first page, then each @odata.nextLink (kept on the Graph host in use), each
/// request with its own time-out. A page without its list of items is unreadable, not empty; a next link seen before,
/// or more than <see cref="MaxPages"/> pages, means the paging would never end.
/// </summary>
internal static class GraphPages
{
    /// <summary>At the smallest page Graph serves (100) a million items: far beyond any MSSP, far short of forever.</summary>
    public const int MaxPages = 10_000;

    public static async Task<List<TItem>> ReadAllAsync<TPage, TItem>(
        string collection,
        Func<CancellationToken, Task<TPage?>> firstPage,
        Func<string, CancellationToken, Task<TPage?>> nextPage,
        Func<TPage, List<TItem>?> items,
        Func<TPage, string?> nextLink,
        Uri graphRoot,
        DiscoverySettings settings,
        CancellationToken cancellationToken)
        where TPage : class
        where TItem : class
    {
        var result = new List<TItem>();
        var followed = new HashSet<string>(StringComparer.Ordinal);
        TPage? page = await GraphCall.WithTimeout(firstPage, settings.CallTimeout, cancellationToken).ConfigureAwait(false);
        for (int number = 1; ; number++)
        {
            if (page is null || items(page) is not { } values)
            {
                throw new UnreadableAnswerException($"page {number} of {collection} came without its list of items");
            }

            if (values.Any(item => item is null))
            {
                throw new UnreadableAnswerException($"page {number} of {collection} lists an empty item");
            }

            result.AddRange(values);
            if (nextLink(page) is not { Length: > 0 } link)
            {
                return result;
            }

            if (!followed.Add(link))
            {
                throw new UnreadableAnswerException($"paging through {collection} does not end: page {number} links back to an earlier page");
            }

            if (number >= MaxPages)
            {
                throw new UnreadableAnswerException($"paging through {collection} does not end: more than {MaxPages} pages");
            }

            string next = NextLinks.Check(link, graphRoot);
            page = await GraphCall.WithTimeout(ct => nextPage(next, ct), settings.CallTimeout, cancellationToken).ConfigureAwait(false);
        }
    }
}
