using MsspTui.Core.Registry;

namespace MsspTui.Core.Portals;

/// <summary>Builds a customer's portal and link URLs for the provider's cloud.</summary>
public static class CustomerPortals
{
    /// <summary>Every catalog portal, then the customer's own links, in that order.</summary>
    public static IReadOnlyList<PortalTarget> All(Customer customer, Cloud cloud) =>
        [.. PortalCatalog.All.Select(p => ForPortal(customer, p, cloud)), .. customer.Links.Select(l => ForLink(customer, l))];

    /// <summary>A catalog portal or, failing that, a custom link of the customer, by name (any case); null if neither.</summary>
    public static PortalTarget? Find(Customer customer, string name, Cloud cloud)
    {
        if (PortalCatalog.Find(name) is { } portal)
        {
            return ForPortal(customer, portal, cloud);
        }

        return customer.Links.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)) is { } link
            ? ForLink(customer, link)
            : null;
    }

    public static PortalTarget ForPortal(Customer customer, Portal portal, Cloud cloud)
    {
        string template = portal.TemplateFor(cloud);
        if (UrlTemplate.Uses(template, UrlTemplate.DomainPlaceholder) && string.IsNullOrWhiteSpace(customer.Domain))
        {
            return new PortalTarget(portal.Name, portal.Title, null,
                $"the {portal.Name} portal needs the customer's domain, and {customer.Id} has none in the registry");
        }

        return new PortalTarget(portal.Name, portal.Title, UrlTemplate.Expand(template, customer.TenantId, customer.Domain), null);
    }

    public static PortalTarget ForLink(Customer customer, CustomerLink link)
    {
        if (UrlTemplate.Uses(link.UrlTemplate, UrlTemplate.DomainPlaceholder) && string.IsNullOrWhiteSpace(customer.Domain))
        {
            return new PortalTarget(link.Name, link.Name, null, $"the link '{link.Name}' needs the customer's domain");
        }

        string url = UrlTemplate.Expand(link.UrlTemplate, customer.TenantId, customer.Domain);
        bool https = Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.Scheme == Uri.UriSchemeHttps;
        return https
            ? new PortalTarget(link.Name, link.Name, url, null)
            : new PortalTarget(link.Name, link.Name, null, $"the link '{link.Name}' is not an https URL");
    }
}
