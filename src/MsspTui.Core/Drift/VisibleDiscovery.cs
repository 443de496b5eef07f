using MsspTui.Core.Text;

namespace MsspTui.Core.Drift;

/// <summary>
/// A discovery whose every text (names, domains, ids, statuses, reasons) is <see cref="VisibleText"/>: what Graph or a
/// saved file says is printed by every report and shown by the picker, and a customer controls its own tenant's name.
/// Records are copied only when they hold something to replace.
/// </summary>
public static class VisibleDiscovery
{
    public static DiscoverySnapshot Of(DiscoverySnapshot snapshot) => snapshot with
    {
        GraphUrl = VisibleText.Of(snapshot.GraphUrl),
        Sources = Map(snapshot.Sources, Of),
        Relationships = Map(snapshot.Relationships, Of),
        Contracts = Map(snapshot.Contracts, Of),
        Tenants = Map(snapshot.Tenants, Of),
    };

    private static SourceResult Of(SourceResult source) =>
        Same(source.Detail) ? source : source with { Detail = VisibleText.OfNullable(source.Detail) };

    private static GdapRelationship Of(GdapRelationship r) =>
        Same(r.Id) && Same(r.DisplayName) && Same(r.Status) && Same(r.CustomerTenantId) && Same(r.CustomerDisplayName) &&
        Same(r.AutoExtendDuration) && r.Roles.All(Same)
            ? r
            : r with
            {
                Id = VisibleText.Of(r.Id),
                DisplayName = VisibleText.OfNullable(r.DisplayName),
                Status = VisibleText.Of(r.Status),
                CustomerTenantId = VisibleText.Of(r.CustomerTenantId),
                CustomerDisplayName = VisibleText.OfNullable(r.CustomerDisplayName),
                Roles = r.Roles.Select(VisibleText.Of).ToArray(),
                AutoExtendDuration = VisibleText.OfNullable(r.AutoExtendDuration),
            };

    private static DapContract Of(DapContract c) =>
        Same(c.Id) && Same(c.ContractType) && Same(c.CustomerTenantId) && Same(c.DisplayName) && Same(c.DefaultDomainName)
            ? c
            : c with
            {
                Id = VisibleText.Of(c.Id),
                ContractType = VisibleText.OfNullable(c.ContractType),
                CustomerTenantId = VisibleText.Of(c.CustomerTenantId),
                DisplayName = VisibleText.OfNullable(c.DisplayName),
                DefaultDomainName = VisibleText.OfNullable(c.DefaultDomainName),
            };

    private static TenantLookup Of(TenantLookup t) =>
        Same(t.TenantId) && Same(t.DisplayName) && Same(t.DefaultDomainName) && Same(t.Detail)
            ? t
            : t with
            {
                TenantId = VisibleText.Of(t.TenantId),
                DisplayName = VisibleText.OfNullable(t.DisplayName),
                DefaultDomainName = VisibleText.OfNullable(t.DefaultDomainName),
                Detail = VisibleText.OfNullable(t.Detail),
            };

    private static bool Same(string? text) => text is null || VisibleText.IsVisible(text);

    // The list itself is kept when no item changed (a large discovery is not copied for nothing).
    private static IReadOnlyList<T> Map<T>(IReadOnlyList<T> items, Func<T, T> visible)
        where T : class
    {
        T[]? copy = null;
        for (int i = 0; i < items.Count; i++)
        {
            T item = visible(items[i]);
            if (copy is null && !ReferenceEquals(item, items[i]))
            {
                copy = [.. items];
            }

            if (copy is not null)
            {
                copy[i] = item;
            }
        }

        return copy ?? items;
    }
}
