using MsspTui.Core.Text;

namespace MsspTui.Core.Registry;

/// <summary>
/// A registry whose every text is <see cref="VisibleText"/>, for reports that print it. `validate` refuses control
/// characters and bidirectional overrides in values (MSSP218, MSSP217), but a registry may reach a report without
/// that check (built in code, an older cache), and an escape sequence in a customer name would act on the terminal of
/// whoever reads the report. Customers are copied only when they hold something to replace.
/// </summary>
public static class VisibleRegistry
{
    public static CustomerRegistry Of(CustomerRegistry registry)
    {
        var provider = registry.Provider;
        var defaults = registry.Defaults;
        Customer[]? customers = null;
        for (int i = 0; i < registry.Customers.Count; i++)
        {
            Customer visible = Of(registry.Customers[i]);
            if (customers is null && !ReferenceEquals(visible, registry.Customers[i]))
            {
                customers = [.. registry.Customers];
            }

            if (customers is not null)
            {
                customers[i] = visible;
            }
        }

        bool same = customers is null && Same(registry.SourcePath) &&
            Same(provider.Name) && Same(provider.TenantId) && Same(provider.ClientId) && Same(defaults.Portal) && defaults.ExpectedRoles.All(Same);
        return same
            ? registry
            : registry with
            {
                SourcePath = VisibleText.Of(registry.SourcePath),
                Provider = provider with
                {
                    Name = VisibleText.Of(provider.Name),
                    TenantId = VisibleText.Of(provider.TenantId),
                    ClientId = VisibleText.OfNullable(provider.ClientId),
                },
                Defaults = defaults with { Portal = VisibleText.OfNullable(defaults.Portal), ExpectedRoles = Map(defaults.ExpectedRoles) },
                Customers = customers ?? registry.Customers,
            };
    }

    public static Customer Of(Customer c) =>
        Same(c.Id) && Same(c.Name) && Same(c.TenantId) && Same(c.Domain) && Same(c.Portal) && Same(c.Notes) &&
        (c.ExpectedRoles ?? []).All(Same) && c.Tags.All(Same) && c.Aliases.All(Same) &&
        c.Links.All(l => Same(l.Name) && Same(l.UrlTemplate)) && c.Contacts.All(k => Same(k.Name) && Same(k.Email) && Same(k.Phone))
            ? c
            : c with
            {
                Id = VisibleText.Of(c.Id),
                Name = VisibleText.Of(c.Name),
                TenantId = VisibleText.Of(c.TenantId),
                Domain = VisibleText.OfNullable(c.Domain),
                Portal = VisibleText.OfNullable(c.Portal),
                Notes = VisibleText.OfNullable(c.Notes),
                ExpectedRoles = c.ExpectedRoles is null ? null : Map(c.ExpectedRoles),
                Tags = Map(c.Tags),
                Aliases = Map(c.Aliases),
                Links = c.Links.Select(l => new CustomerLink(VisibleText.Of(l.Name), VisibleText.Of(l.UrlTemplate))).ToArray(),
                Contacts = c.Contacts.Select(k => new Contact(VisibleText.OfNullable(k.Name), VisibleText.OfNullable(k.Email), VisibleText.OfNullable(k.Phone))).ToArray(),
            };

    private static string[] Map(IReadOnlyList<string> texts) => texts.Select(VisibleText.Of).ToArray();

    private static bool Same(string? text) => text is null || VisibleText.IsVisible(text);
}
