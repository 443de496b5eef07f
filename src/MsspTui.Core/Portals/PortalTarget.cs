namespace MsspTui.Core.Portals;

/// <summary>A place a customer can be opened: a catalog portal or one of its own links, with the URL built.</summary>
public sealed record PortalTarget(string Name, string Title, string? Url, string? Problem)
{
    public bool IsAvailable => Url is not null;
}
