using MsspTui.Core.Portals;
using MsspTui.Core.Registry;
using MsspTui.Core.Roles;

namespace MsspTui.Picker;

/// <summary>The detail pane's lines for a row: drift first (it is why one looks), then every registry field.</summary>
public static class DetailText
{
    public static IReadOnlyList<string> For(PickerRow? row, CustomerRegistry registry)
    {
        // Nothing selected: the list says why (no match, nothing with drift, an empty registry).
        if (row is null)
        {
            return [];
        }

        var lines = new List<string>();
        Customer? customer = row.Customer;
        lines.Add(customer is null ? $"{row.Name} — not in the registry" : $"{row.Name} ({row.Id})");
        foreach (PickerFinding finding in row.Findings)
        {
            lines.Add($"  {DriftBadge.Symbol(finding.Severity)} {finding.Kind}: {finding.Message}");
        }

        lines.Add($"Tenant id   {row.TenantId}");
        if (customer is not null)
        {
            lines.Add($"Domain      {customer.Domain ?? "—"}");
            lines.Add($"Status      {row.Status}    Access {customer.Access.ToString().ToLowerInvariant()}    Portal {customer.EffectivePortal(registry.Defaults)}");
            IReadOnlyList<string> roles = customer.EffectiveExpectedRoles(registry.Defaults);
            string rolesSource = customer.ExpectedRoles is null ? " (defaults)" : string.Empty;
            lines.Add($"Roles       {(roles.Count == 0 ? "—" : string.Join(", ", roles.Select(DescribeRole)))}{rolesSource}");
            lines.Add($"Tags        {(customer.Tags.Count == 0 ? "—" : string.Join(", ", customer.Tags))}");
            lines.Add($"Aliases     {(customer.Aliases.Count == 0 ? "—" : string.Join(", ", customer.Aliases))}");
            foreach (Contact contact in customer.Contacts)
            {
                string[] parts = new[] { contact.Name, contact.Email, contact.Phone }.Where(p => !string.IsNullOrEmpty(p)).ToArray()!;
                lines.Add($"Contact     {string.Join("  ", parts)}");
            }

            if (!string.IsNullOrWhiteSpace(customer.Notes))
            {
                string[] notes = customer.Notes.Trim().Split('\n');
                lines.Add($"Notes       {notes[0].TrimEnd()}");
                lines.AddRange(notes.Skip(1).Select(n => $"            {n.TrimEnd()}"));
            }

            if (customer.Line > 0)
            {
                lines.Add($"Registry    {registry.SourcePath}:{customer.Line}");
            }
        }

        string defaultPortal = PortalChoices.Default(row, registry).Name;
        foreach (PortalTarget target in PortalChoices.Targets(row, registry).OrderBy(t => t.Name == defaultPortal ? 0 : 1))
        {
            bool isLink = PortalCatalog.Find(target.Name) is null;
            string label = target.Name == defaultPortal ? target.Name + "*" : target.Name;
            lines.Add($"{(isLink ? "Link" : "Portal"),-7}{label,-15}{target.Url ?? "(" + target.Problem + ")"}");
        }

        return lines;
    }

    private static string DescribeRole(string nameOrId) =>
        RoleCatalog.Find(nameOrId) is { } role ? role.Name : nameOrId;
}
