using MsspTui.Core.Portals;
using MsspTui.Core.Registry;

namespace MsspTui.Picker;

/// <summary>The URLs a row can open: every catalog portal (in the registry's cloud), then the customer's custom links.</summary>
public static class PortalChoices
{
    /// <summary>Every target, including the ones that cannot be built (e.g. a portal that needs a domain), with the reason.</summary>
    public static IReadOnlyList<PortalTarget> Targets(PickerRow row, CustomerRegistry registry) =>
        CustomerPortals.All(AsCustomer(row), registry.Provider.Cloud);

    /// <summary>The targets the portal menu offers: only those with a URL.</summary>
    public static IReadOnlyList<PortalChoice> For(PickerRow row, CustomerRegistry registry)
    {
        string defaultPortal = DefaultName(row, registry);
        return Targets(row, registry)
            .Where(t => t.Url is not null)
            .Select(t => new PortalChoice(t.Name, t.Title, t.Url!, string.Equals(t.Name, defaultPortal, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
    }

    /// <summary>What Enter opens: the customer's portal, else defaults.portal, else defender (also when that one cannot be built).</summary>
    public static PortalChoice Default(PickerRow row, CustomerRegistry registry)
    {
        Customer customer = AsCustomer(row);
        Cloud cloud = registry.Provider.Cloud;
        PortalTarget? target = CustomerPortals.Find(customer, DefaultName(row, registry), cloud);
        if (target?.Url is null)
        {
            target = CustomerPortals.ForPortal(customer, PortalCatalog.Find(PortalCatalog.Defender)!, cloud);
        }

        return new PortalChoice(target.Name, target.Title, target.Url!, IsDefault: true);
    }

    public static PortalChoice MultiTenantView(CustomerRegistry registry)
    {
        Portal mto = PortalCatalog.Find(PortalCatalog.MultiTenant)!;
        return new PortalChoice(mto.Name, mto.Title, mto.TemplateFor(registry.Provider.Cloud), IsDefault: false);
    }

    private static string DefaultName(PickerRow row, CustomerRegistry registry) =>
        row.Customer?.EffectivePortal(registry.Defaults) ?? registry.Defaults.Portal ?? PortalCatalog.Defender;

    /// <summary>An unregistered tenant opens like a customer with only a tenant id.</summary>
    private static Customer AsCustomer(PickerRow row) =>
        row.Customer ?? new Customer { Id = row.TenantId, Name = row.Name, TenantId = row.TenantId };
}
