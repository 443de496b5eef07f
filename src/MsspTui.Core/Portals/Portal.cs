namespace MsspTui.Core.Portals;

/// <summary>
/// A Microsoft admin portal. <see cref="UrlTemplate"/> may hold {tenantId} and {domain};
/// <see cref="CloudTemplates"/> overrides it in sovereign clouds where the host differs.
/// </summary>
public sealed record Portal(
    string Name,
    string Title,
    string UrlTemplate,
    bool NeedsDomain,
    IReadOnlyDictionary<Registry.Cloud, string> CloudTemplates)
{
    public string TemplateFor(Registry.Cloud cloud) => CloudTemplates.GetValueOrDefault(cloud) ?? UrlTemplate;
}
