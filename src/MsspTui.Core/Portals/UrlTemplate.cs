using System.Text;

namespace MsspTui.Core.Portals;

/// <summary>Expands {tenantId} and {domain} in a portal or link template.</summary>
public static class UrlTemplate
{
    public const string TenantIdPlaceholder = "{tenantId}";
    public const string DomainPlaceholder = "{domain}";

    public static IReadOnlyList<string> Placeholders { get; } = [TenantIdPlaceholder, DomainPlaceholder];

    /// <summary>Placeholders in <paramref name="template"/> that are not {tenantId} or {domain}.</summary>
    public static IEnumerable<string> UnknownPlaceholders(string template)
    {
        int start = 0;
        while ((start = template.IndexOf('{', start)) >= 0)
        {
            int end = template.IndexOf('}', start);
            if (end < 0)
            {
                yield return template[start..];
                yield break;
            }

            string placeholder = template[start..(end + 1)];
            if (!Placeholders.Contains(placeholder, StringComparer.Ordinal))
            {
                yield return placeholder;
            }

            start = end + 1;
        }
    }

    public static bool Uses(string template, string placeholder) => template.Contains(placeholder, StringComparison.Ordinal);

    /// <summary>
    /// Expands the template. The tenant id goes in lower-case; both values are percent-encoded so that
    /// nothing in the registry can change the URL's host or path structure.
    /// </summary>
    public static string Expand(string template, string tenantId, string? domain)
    {
        var builder = new StringBuilder(template);
        builder.Replace(TenantIdPlaceholder, Uri.EscapeDataString(tenantId.ToLowerInvariant()));
        builder.Replace(DomainPlaceholder, Uri.EscapeDataString(domain ?? string.Empty));
        return builder.ToString();
    }
}
