using System.Text.RegularExpressions;
using MsspTui.Core.Diagnostics;
using MsspTui.Core.Portals;
using MsspTui.Core.Registry;
using MsspTui.Core.Registry.Shape;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Roles;

namespace MsspTui.Core.Validation;

/// <summary>
/// The rules a JSON Schema cannot express: uniqueness across customers, names that must exist in the role and
/// portal catalogs, safe links, secrets, domain and e-mail syntax. They read the tree leniently (a malformed entry
/// was already reported by <see cref="StructureChecker"/>) so every problem of a file shows in one run.
/// </summary>
internal static partial class RegistryRules
{
    [GeneratedRegex(@"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"^[^@\s,;<>""]+@[^@\s,;<>""]+\.[^@\s,;<>""]+$")]
    private static partial Regex EmailPattern();

    public static void Check(SourceMapping root, DiagnosticSink sink)
    {
        // The secret scan walks every node on its own; for a large registry it is a fifth of the rules' time.
        Task<DiagnosticSink>? secrets = LargeRegistry.Is(root) ? Task.Run(() => ScanSecrets(root, sink.File)) : null;
        if (secrets is null)
        {
            CheckSecrets(root, sink);
        }

        CheckEntries(root, sink);
        if (secrets is not null)
        {
            sink.AddFrom(secrets.GetAwaiter().GetResult());
        }
    }

    private static DiagnosticSink ScanSecrets(SourceNode root, string file)
    {
        var sink = new DiagnosticSink(file);
        CheckSecrets(root, sink);
        return sink;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CheckEntries(SourceMapping root, DiagnosticSink sink)
    {
        var provider = root.Find("provider") as SourceMapping;
        var providerTenant = provider?.FindString("tenantId");
        var defaults = root.Find("defaults") as SourceMapping;
        var defaultPortal = defaults?.FindString("portal");
        if (defaultPortal is not null)
        {
            CheckPortal(defaultPortal, sink);
        }

        CheckRoles(defaults?.Find("expectedRoles"), sink);

        if (root.Find("customers") is not SourceSequence customers)
        {
            return;
        }

        var entries = customers.Items.OfType<SourceMapping>().ToList();
        // Sized up front: growing four tables through 10,000 customers was a tenth of `validate`.
        var ids = new Dictionary<string, SourceScalar>(entries.Count, StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, SourceScalar>(entries.Count, StringComparer.OrdinalIgnoreCase);
        var tenants = new Dictionary<string, SourceScalar>(entries.Count, StringComparer.OrdinalIgnoreCase);
        var searchTerms = new Dictionary<string, SourceScalar>(2 * entries.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var customer in entries)
        {
            var id = customer.FindString("id");
            var name = customer.FindString("name");
            var tenant = customer.FindString("tenantId");
            Unique(ids, id, id?.Text, DiagnosticCodes.DuplicateId, "id", sink);
            Unique(names, name, name?.Text.Trim(), DiagnosticCodes.DuplicateName, "name", sink);
            Unique(tenants, tenant, tenant?.Text.Trim(), DiagnosticCodes.DuplicateTenantId, "tenantId", sink);
            if (id is not null)
            {
                searchTerms.TryAdd(id.Text, id);
            }

            if (name is not null)
            {
                searchTerms.TryAdd(name.Text.Trim(), name);
            }

            if (tenant is not null && providerTenant is not null &&
                string.Equals(tenant.Text.Trim(), providerTenant.Text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                sink.Add(DiagnosticCodes.ProviderTenantIsCustomer, tenant.Start,
                    $"tenantId is the provider's own tenant (provider.tenantId, line {providerTenant.Start.Line}); the MSSP is not its own customer");
            }

            CheckCustomer(customer, defaultPortal, sink);
        }

        foreach (var customer in entries)
        {
            CheckAliases(customer, searchTerms, sink);
        }
    }

    private static void Unique(Dictionary<string, SourceScalar> seen, SourceScalar? node, string? key, DiagnosticDescriptor code, string field, DiagnosticSink sink)
    {
        if (node is null || key is null)
        {
            return;
        }

        if (seen.TryGetValue(key, out var first))
        {
            string caseNote = string.Equals(first.Text.Trim(), key, StringComparison.Ordinal) ? string.Empty : $" as {MessageText.Quote(first.Text)}";
            sink.Add(code, node.Start, $"duplicate {field} {MessageText.Quote(node.Text)}: already used{caseNote} on line {first.Start.Line}");
            return;
        }

        seen.Add(key, node);
    }

    private static void CheckCustomer(SourceMapping customer, SourceScalar? defaultPortal, DiagnosticSink sink)
    {
        var portal = customer.FindString("portal");
        if (portal is not null)
        {
            CheckPortal(portal, sink);
        }

        CheckRoles(customer.Find("expectedRoles"), sink);

        var domain = customer.FindString("domain");
        if (domain is not null && !DomainPattern().IsMatch(domain.Text))
        {
            sink.Add(DiagnosticCodes.InvalidDomain, domain.Start,
                $"domain {MessageText.Quote(domain.Text)} is not a valid DNS name (like contoso.com or contoso.onmicrosoft.com; no scheme, path or spaces; internationalised names in xn-- form)");
        }

        var effectivePortal = portal ?? defaultPortal;
        if (domain is null && effectivePortal is not null && PortalCatalog.Find(effectivePortal.Text) is { NeedsDomain: true } needy)
        {
            var at = portal?.Start ?? customer.Start;
            string source = portal is null ? $" (the default portal, line {effectivePortal.Start.Line})" : string.Empty;
            sink.Add(DiagnosticCodes.PortalNeedsDomain, at,
                $"portal '{needy.Name}'{source} needs the customer's domain, but this customer has no 'domain'");
        }

        if (customer.Find("links") is SourceSequence links)
        {
            var linkNames = new Dictionary<string, SourceScalar>(StringComparer.OrdinalIgnoreCase);
            foreach (var link in links.Items.OfType<SourceMapping>())
            {
                var linkName = link.FindString("name");
                if (link.FindString("url") is { } url)
                {
                    LinkRules.Check(url, linkName?.Text ?? "(unnamed)", sink);
                }

                if (linkName is not null && !linkNames.TryAdd(linkName.Text.Trim(), linkName))
                {
                    sink.Add(DiagnosticCodes.DuplicateListEntry, linkName.Start,
                        $"link name {MessageText.Quote(linkName.Text)} is already used on line {linkNames[linkName.Text.Trim()].Start.Line}");
                }
            }
        }

        if (customer.Find("contacts") is SourceSequence contacts)
        {
            foreach (var contact in contacts.Items.OfType<SourceMapping>())
            {
                if (contact.FindString("email") is { } email && !EmailPattern().IsMatch(email.Text.Trim()))
                {
                    sink.Add(DiagnosticCodes.InvalidEmail, email.Start, $"{MessageText.Quote(email.Text)} does not look like an e-mail address (name@example.com)");
                }
            }
        }

        CheckListDuplicates(customer.Find("tags"), "tag", sink);
        CheckListDuplicates(customer.Find("aliases"), "alias", sink);
    }

    private static void CheckPortal(SourceScalar portal, DiagnosticSink sink)
    {
        if (!PortalCatalog.Names.Contains(portal.Text, StringComparer.Ordinal))
        {
            sink.Add(DiagnosticCodes.UnknownPortal, portal.Start,
                $"unknown portal {MessageText.Quote(portal.Text)}; known portals: {string.Join(", ", PortalCatalog.Names)}" +
                DidYouMean.Suffix(portal.Text, PortalCatalog.Names));
        }
    }

    private static void CheckRoles(SourceNode? roles, DiagnosticSink sink)
    {
        if (roles is not SourceSequence list)
        {
            return;
        }

        var seen = new Dictionary<string, SourceScalar>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in list.Items.OfType<SourceScalar>().Where(r => r.IsString && !string.IsNullOrWhiteSpace(r.Text)))
        {
            // Names are exact (lower-case, as the schema requires); GUIDs may be in any case.
            bool isGuid = StructureChecker.FullMatch(StructureChecker.GuidPattern(), role.Text);
            bool isName = RoleCatalog.All.Any(r => string.Equals(r.Name, role.Text, StringComparison.Ordinal));
            string? templateId = isGuid || isName ? RoleCatalog.ResolveTemplateId(role.Text) : null;
            if (templateId is null)
            {
                sink.Add(DiagnosticCodes.UnknownRole, role.Start,
                    $"unknown role {MessageText.Quote(role.Text)}; use a role name such as security-reader (see docs/registry.md) or a role template GUID" +
                    DidYouMean.Suffix(role.Text, RoleCatalog.All.Select(r => r.Name)));
                continue;
            }

            if (!seen.TryAdd(templateId, role))
            {
                sink.Add(DiagnosticCodes.DuplicateListEntry, role.Start,
                    $"role {MessageText.Quote(role.Text)} is already listed on line {seen[templateId].Start.Line}");
            }
        }
    }

    private static void CheckListDuplicates(SourceNode? node, string what, DiagnosticSink sink)
    {
        if (node is not SourceSequence list)
        {
            return;
        }

        var seen = new Dictionary<string, SourceScalar>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Items.OfType<SourceScalar>().Where(i => i.IsString))
        {
            if (!seen.TryAdd(item.Text.Trim(), item))
            {
                sink.Add(DiagnosticCodes.DuplicateListEntry, item.Start, $"{what} {MessageText.Quote(item.Text)} is already listed on line {seen[item.Text.Trim()].Start.Line}");
            }
        }
    }

    private static void CheckAliases(SourceMapping customer, Dictionary<string, SourceScalar> searchTerms, DiagnosticSink sink)
    {
        if (customer.Find("aliases") is not SourceSequence aliases)
        {
            return;
        }

        var own = new HashSet<SourceScalar?>([customer.FindString("id"), customer.FindString("name")]);
        foreach (var alias in aliases.Items.OfType<SourceScalar>().Where(a => a.IsString))
        {
            if (searchTerms.TryGetValue(alias.Text.Trim(), out var other) && !own.Contains(other))
            {
                sink.Add(DiagnosticCodes.AmbiguousAlias, alias.Start,
                    $"alias {MessageText.Quote(alias.Text)} is the id or name of another customer (line {other.Start.Line}); searches for it become ambiguous");
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CheckSecrets(SourceNode root, DiagnosticSink sink)
    {
        var pending = new Stack<SourceNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case SourceMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        if (SecretDetector.IsSecretKey(entry.Key.Text))
                        {
                            sink.Add(DiagnosticCodes.SecretField, entry.Key.Start,
                                $"field {MessageText.Quote(entry.Key.Text)} looks like a secret; nothing in the registry is secret (it is in git and CI logs): remove it, rotate the credential and keep it in a vault");
                        }

                        pending.Push(entry.Value);
                    }

                    break;
                case SourceSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        pending.Push(item);
                    }

                    break;
                case SourceScalar { IsString: true } scalar when SecretDetector.DescribeSecretValue(scalar.Text) is { } kind:
                    sink.Add(DiagnosticCodes.SecretValue, scalar.Start,
                        $"this value looks like {kind}; nothing in the registry is secret (it is in git and CI logs): remove it and rotate the credential");
                    break;
            }
        }
    }
}
