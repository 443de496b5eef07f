namespace MsspTui.Graph.Discovery;

/// <summary>A next link must stay on the Graph host in use; anything else is refused rather than followed.</summary>
internal static class NextLinks
{
    public static string Check(string nextLink, Uri graphRoot)
    {
        if (!Uri.TryCreate(nextLink, UriKind.Absolute, out var next) ||
            !string.Equals(next.Host, graphRoot.Host, StringComparison.OrdinalIgnoreCase) || next.Port != graphRoot.Port ||
            next.Scheme != graphRoot.Scheme)
        {
            throw new InvalidOperationException($"refusing to follow a next link away from {graphRoot.Host}: {nextLink}");
        }

        return nextLink;
    }
}
