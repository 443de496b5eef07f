using System.Text.RegularExpressions;
using MsspTui.Core.Diagnostics;
using MsspTui.Core.Portals;
using MsspTui.Core.Registry;
using MsspTui.Core.Registry.Shape;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Roles;
using MsspTui.Core.Text;

namespace MsspTui.Core.Validation;

/// <summary>
/// The rules a JSON Schema cannot express: uniqueness across customers, names that must exist in the role and
/// portal catalogs, safe links, secrets, domain and e-mail syntax. They read the tree leniently (a malformed entry
/// was already reported by <see cref="StructureChecker"/>) so every problem of a file shows in one run.
/// </summary>
internal static partial class RegistryRules
{
    /// <summary>What <see cref="TextPatterns.IsDomainName"/> matches, as a regular expression (its property test compares them).</summary>
    [GeneratedRegex(@"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.IgnoreCase)]
    internal static partial Regex DomainPattern();

    [GeneratedRegex(@"^[^@\s,;<>""]+@[^@\s,;<>""]+\.[^@\s,;<>""]+$")]
    private static partial Regex EmailPattern();

    /// <summary>
    /// The rules for everything but the customer entries (see <see cref="RegistryParts"/>): provider, defaults and
    /// secrets anywhere in them. Returns what the per-customer rules need from there.
    /// </summary>
    public static RulesContext CheckShell(SourceMapping shell, DiagnosticSink sink)
    {
        CheckSecrets(shell, sink);
        var provider = shell.Find("provider") as SourceMapping;
        var defaults = shell.Find("defaults") as SourceMapping;
        var defaultPortal = defaults?.FindString("portal");
        if (defaultPortal is not null)
        {
            CheckPortal(defaultPortal, sink);
        }

        CheckRoles(defaults?.Find("expectedRoles"), sink);
        return new RulesContext(provider?.FindString("tenantId"), defaultPortal);
    }

    /// <summary>
    /// The rules for one customer entry on its own (secrets, catalogs, links, lists); returns what
    /// <see cref="CheckAcross"/> needs of it. Safe to call for different customers on several threads with their own sinks.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static CustomerKeys CheckCustomer(SourceNode item, RulesContext context, DiagnosticSink sink)
    {
        CheckSecrets(item, sink);
        if (item is not SourceMapping customer)
        {
            return default;
        }

        var fields = CustomerFields.Of(customer);
        if (fields.TenantId is { } tenant && context.ProviderTenantText is { } providerTenant &&
            tenant.TextSpan.Trim().Equals(providerTenant, StringComparison.OrdinalIgnoreCase))
        {
            sink.Add(DiagnosticCodes.ProviderTenantIsCustomer, tenant.Start,
                $"tenantId is the provider's own tenant (provider.tenantId, line {context.ProviderTenant!.Start.Line}); the MSSP is not its own customer");
        }

        CheckCustomer(customer, in fields, context.DefaultPortal, sink);
        return new CustomerKeys(fields.Id, fields.Name, fields.TenantId, fields.Aliases);
    }

    /// <summary>The rules that compare customers: unique ids, names and tenant ids; aliases that name another customer.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void CheckAcross(CustomerKeys[] customers, DiagnosticSink sink)
    {
        var ids = new FirstOccurrence(customers.Length, trim: false);
        var names = new FirstOccurrence(customers.Length, trim: true, ignoreInvisible: true);
        var tenants = new FirstOccurrence(customers.Length, trim: true);
        bool anyAliases = false;
        foreach (ref readonly var customer in customers.AsSpan())
        {
            if (customer.Id is { } id && ids.Add(id, customer.IdHash) is { } firstId)
            {
                ReportDuplicate(id, id.Text, firstId, DiagnosticCodes.DuplicateId, "id", sink);
            }

            if (customer.Name is { } name && names.Add(name, customer.NameHash) is { } firstName)
            {
                // Matched, yet different beyond case: only invisible characters tell them apart.
                string note = name.Text.Trim().Equals(firstName.Text.Trim(), StringComparison.OrdinalIgnoreCase)
                    ? string.Empty
                    : " (they differ only in invisible characters, such as a zero-width space)";
                ReportDuplicate(name, name.Text.Trim(), firstName, DiagnosticCodes.DuplicateName, "name", sink, note);
            }

            if (customer.TenantId is { } tenant && tenants.Add(tenant, customer.TenantIdHash) is { } firstTenant)
            {
                ReportDuplicate(tenant, tenant.Text.Trim(), firstTenant, DiagnosticCodes.DuplicateTenantId, "tenantId", sink);
            }

            anyAliases |= customer.Aliases is not null;
        }

        if (!anyAliases)
        {
            return;
        }

        // Every id and name, the first customer's winning: what a search for an alias would find.
        var searchTerms = new Dictionary<string, SourceScalar>(2 * customers.Length, StringComparer.OrdinalIgnoreCase);
        foreach (ref readonly var customer in customers.AsSpan())
        {
            if (customer.Id is { } id)
            {
                searchTerms.TryAdd(id.Text, id);
            }

            if (customer.Name is { } name)
            {
                searchTerms.TryAdd(name.Text.Trim(), name);
            }
        }

        foreach (ref readonly var customer in customers.AsSpan())
        {
            CheckAliases(in customer, searchTerms, sink);
        }
    }

    private static void ReportDuplicate(SourceScalar node, string key, SourceScalar first, DiagnosticDescriptor code, string field, DiagnosticSink sink,
        string note = "")
    {
        string caseNote = string.Equals(first.Text.Trim(), key, StringComparison.Ordinal) ? string.Empty : $" as {MessageText.Quote(first.Text)}";
        sink.Add(code, node.Start, $"duplicate {field} {MessageText.Quote(node.Text)}: already used{caseNote} on line {first.Start.Line}{note}");
    }

    private static void CheckCustomer(SourceMapping customer, in CustomerFields fields, SourceScalar? defaultPortal, DiagnosticSink sink)
    {
        var portal = fields.Portal;
        if (portal is not null)
        {
            CheckPortal(portal, sink);
        }

        CheckRoles(fields.ExpectedRoles, sink);

        var domain = fields.Domain;
        if (domain is not null && !TextPatterns.IsDomainName(domain.TextSpan))
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

        if (fields.Links is SourceSequence links)
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

        if (fields.Contacts is SourceSequence contacts)
        {
            foreach (var contact in contacts.Items.OfType<SourceMapping>())
            {
                if (contact.FindString("email") is { } email && !EmailPattern().IsMatch(email.Text.Trim()))
                {
                    sink.Add(DiagnosticCodes.InvalidEmail, email.Start, $"{MessageText.Quote(email.Text)} does not look like an e-mail address (name@example.com)");
                }
            }
        }

        CheckListDuplicates(fields.Tags, "tag", sink);
        CheckListDuplicates(fields.Aliases, "alias", sink);
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

        Dictionary<string, SourceScalar>? seen = null;
        foreach (var role in list.Items)
        {
            if (role is not SourceScalar { IsString: true } scalar || string.IsNullOrWhiteSpace(scalar.Text))
            {
                continue;
            }

            string? templateId = KnownRoleTemplateId(scalar.Text);
            if (templateId is null)
            {
                sink.Add(DiagnosticCodes.UnknownRole, scalar.Start,
                    $"unknown role {MessageText.Quote(scalar.Text)}; use a role name such as security-reader (see docs/registry.md) or a role template GUID" +
                    DidYouMean.Suffix(scalar.Text, RoleCatalog.All.Select(r => r.Name)));
                continue;
            }

            seen ??= new Dictionary<string, SourceScalar>(StringComparer.OrdinalIgnoreCase);
            if (!seen.TryAdd(templateId, scalar))
            {
                sink.Add(DiagnosticCodes.DuplicateListEntry, scalar.Start,
                    $"role {MessageText.Quote(scalar.Text)} is already listed on line {seen[templateId].Start.Line}");
            }
        }
    }

    /// <summary>The role template id a registry role entry stands for; null for an unknown role. Names are exact
    /// (lower-case, as the schema requires); GUIDs may be in any case.</summary>
    private static string? KnownRoleTemplateId(string role) =>
        TextPatterns.IsGuid(role) || RoleCatalog.All.Any(r => string.Equals(r.Name, role, StringComparison.Ordinal))
            ? RoleCatalog.ResolveTemplateId(role)
            : null;

    private static void CheckListDuplicates(SourceNode? node, string what, DiagnosticSink sink)
    {
        if (node is not SourceSequence list)
        {
            return;
        }

        var items = list.Items;
        if (items.Count > SmallList)
        {
            CheckLongListDuplicates(items, what, sink);
            return;
        }

        // Lists are short (a few tags): comparing each entry with the ones before it needs no table.
        for (int i = 1; i < items.Count; i++)
        {
            if (items[i] is not SourceScalar { IsString: true } item)
            {
                continue;
            }

            var text = item.TextSpan.Trim();
            for (int j = 0; j < i; j++)
            {
                if (items[j] is SourceScalar { IsString: true } earlier && earlier.TextSpan.Trim().Equals(text, StringComparison.OrdinalIgnoreCase))
                {
                    sink.Add(DiagnosticCodes.DuplicateListEntry, item.Start, $"{what} {MessageText.Quote(item.Text)} is already listed on line {earlier.Start.Line}");
                    break;
                }
            }
        }
    }

    private const int SmallList = 16;

    private static void CheckLongListDuplicates(List<SourceNode> items, string what, DiagnosticSink sink)
    {
        var seen = new Dictionary<string, SourceScalar>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items.OfType<SourceScalar>().Where(i => i.IsString))
        {
            if (!seen.TryAdd(item.Text.Trim(), item))
            {
                sink.Add(DiagnosticCodes.DuplicateListEntry, item.Start, $"{what} {MessageText.Quote(item.Text)} is already listed on line {seen[item.Text.Trim()].Start.Line}");
            }
        }
    }

    private static void CheckAliases(in CustomerKeys customer, Dictionary<string, SourceScalar> searchTerms, DiagnosticSink sink)
    {
        if (customer.Aliases is not SourceSequence aliases)
        {
            return;
        }

        foreach (var node in aliases.Items)
        {
            if (node is SourceScalar { IsString: true } alias && searchTerms.TryGetValue(alias.Text.Trim(), out var other) &&
                other != customer.Id && other != customer.Name)
            {
                sink.Add(DiagnosticCodes.AmbiguousAlias, alias.Start,
                    $"alias {MessageText.Quote(alias.Text)} is the id or name of another customer (line {other.Start.Line}); searches for it become ambiguous");
            }
        }
    }

    // Recursive: the tree is at most YamlTreeBuilder.MaxDepth (64) deep, and a customer needs no stack of its own.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CheckSecrets(SourceNode node, DiagnosticSink sink)
    {
        switch (node)
        {
            case SourceMapping mapping:
                var entries = mapping.Entries;
                for (int i = 0; i < entries.Count; i++)
                {
                    var entry = entries[i];
                    if (SecretDetector.IsSecretKey(entry.Key.Text))
                    {
                        sink.Add(DiagnosticCodes.SecretField, entry.Key.Start,
                            $"field {MessageText.Quote(entry.Key.Text)} looks like a secret; nothing in the registry is secret (it is in git and CI logs): remove it, rotate the credential and keep it in a vault");
                    }

                    CheckSecrets(entry.Value, sink);
                }

                break;
            case SourceSequence sequence:
                var items = sequence.Items;
                for (int i = 0; i < items.Count; i++)
                {
                    CheckSecrets(items[i], sink);
                }

                break;
            case SourceScalar { IsString: true } scalar:
                if (SecretDetector.DescribeSecretValue(scalar.TextSpan) is { } kind)
                {
                    sink.Add(DiagnosticCodes.SecretValue, scalar.Start,
                        $"this value looks like {kind}; nothing in the registry is secret (it is in git and CI logs): remove it and rotate the credential");
                }

                if (BidiControls.First(scalar.TextSpan) is { } control)
                {
                    sink.Add(DiagnosticCodes.BidiControl, scalar.Start,
                        $"this value holds U+{(int)control:X4}, an invisible character that reorders how text is shown (a name can read as another's): remove it");
                }

                if (ControlCharacters.FirstRefused(scalar.TextSpan) is { } terminalControl)
                {
                    sink.Add(DiagnosticCodes.ControlCharacter, scalar.Start,
                        $"this value holds {ControlCharacters.Describe(terminalControl)}, a control character that would act on the terminal of everyone who lists or opens the registry (escape sequences can clear the screen, retitle the window or write the clipboard): remove it");
                }

                break;
        }
    }
}
