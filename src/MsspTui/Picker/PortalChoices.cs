using MsspTui.Core.Portals;
using MsspTui.Core.Registry;

namespace MsspTui.Picker;

/// <summary>The URLs a row can open: every catalog portal (in the registry's cloud), then the customer's custom links.</summary>
public static class PortalChoices
{
    public static IReadOnlyList<PortalChoice> For(PickerRow row, CustomerRegistry registry)
    {
        string defaultPortal = row.Customer?.EffectivePortal(registry.Defaults) ?? PortalCatalog.Defender;
        string? domain = row.Customer?.Domain;
        var choices = new List<PortalChoice>();
        foreach (Portal portal in PortalCatalog.All)
        {
            if (portal.NeedsDomain && string.IsNullOrEmpty(domain))
            {
                continue;
            }

            string url = UrlTemplate.Expand(portal.TemplateFor(registry.Provider.Cloud), row.TenantId, domain);
            choices.Add(new PortalChoice(portal.Name, portal.Title, url,
                string.Equals(portal.Name, defaultPortal, StringComparison.OrdinalIgnoreCase)));
        }

        foreach (CustomerLink link in row.Customer?.Links ?? [])
        {
            string url = UrlTemplate.Expand(link.UrlTemplate, row.TenantId, domain);
            if (IsLaunchable(url))
            {
                choices.Add(new PortalChoice(link.Name, "custom link", url, IsDefault: false));
            }
        }

        return choices;
    }

    /// <summary>The URL Enter opens: the customer's portal, else defaults.portal, else defender.</summary>
    public static PortalChoice Default(PickerRow row, CustomerRegistry registry)
    {
        IReadOnlyList<PortalChoice> choices = For(row, registry);
        return choices.FirstOrDefault(c => c.IsDefault)
            ?? choices.First(c => c.Name == PortalCatalog.Defender);
    }

    public static PortalChoice MultiTenantView(CustomerRegistry registry)
    {
        Portal mto = PortalCatalog.Find(PortalCatalog.MultiTenant)!;
        return new PortalChoice(mto.Name, mto.Title, mto.TemplateFor(registry.Provider.Cloud), IsDefault: false);
    }

    /// <summary>Only absolute https URLs are ever handed to the browser.</summary>
    public static bool IsLaunchable(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
}
