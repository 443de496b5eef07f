namespace MsspTui.Graph;

/// <summary>Either the Graph root to use (no trailing slash) or why the given URL is refused.</summary>
public sealed record GraphUrlResolution(Uri? Root, string? Error)
{
    public static GraphUrlResolution Ok(Uri root) => new(root, null);

    public static GraphUrlResolution Fail(string error) => new(null, error);

    /// <summary>The root as a string without a trailing slash, as the Graph SDK wants its base URL.</summary>
    public string BaseUrl => Root!.GetLeftPart(UriPartial.Path).TrimEnd('/');
}
