using System.Globalization;
using MsspTui.Core.Registry;
using MsspTui.Core.Roles;

namespace MsspTui.Core.Drift;

/// <summary>The per-customer rules of the brief, in the order of its table. Precedence: tenant-not-found replaces all.</summary>
internal static class CustomerDriftRules
{
    public static IReadOnlyList<DriftFinding> Evaluate(CustomerDriftContext c)
    {
        if (c.LookupStatus == TenantLookupStatus.NotFound)
        {
            return [TenantNotFound(c)];
        }

        var findings = new List<DriftFinding>();
        Add(findings, Unknown(c));
        Add(findings, AccessFinding(c));
        Add(findings, Expiring(c));
        Add(findings, RoleMissing(c));
        Add(findings, RoleUnexpected(c));
        Add(findings, NameMismatch(c));
        Add(findings, DomainMismatch(c));
        Add(findings, OffboardedAccess(c));
        Add(findings, DapLegacy(c));
        return findings.OrderBy(f => f.Kind).ToArray();
    }

    private static void Add(List<DriftFinding> findings, DriftFinding? finding)
    {
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }

    private static bool ExpectsGdapAccess(CustomerDriftContext c) =>
        c.Customer.Status == CustomerStatus.Active && c.Customer.Access == AccessKind.Gdap && c.GdapAnswered;

    private static DriftFinding TenantNotFound(CustomerDriftContext c) => c.Finding(
        DriftKind.TenantNotFound,
        c.Customer.Status == CustomerStatus.Offboarded ? DriftSeverity.Warning : DriftSeverity.Error,
        $"tenant {c.TenantId} does not exist (tenant-info: not found); check the registry's tenantId",
        DriftValue.Of("an existing tenant"),
        DriftValue.Of("not found"));

    private static DriftFinding? Unknown(CustomerDriftContext c)
    {
        var causes = new List<string>();
        if (c.Customer.Access == AccessKind.Gdap && c.Sources.Failed(DiscoverySource.Gdap))
        {
            causes.Add(Describe(c.Sources[DiscoverySource.Gdap]));
        }

        if (c.LookupStatus == TenantLookupStatus.Failed)
        {
            causes.Add(c.Lookup is { } lookup
                ? $"tenant-info: look-up failed ({lookup.Detail ?? "no reason given"})"
                : "tenant-info: no look-up for this tenant in the discovery");
        }

        return causes.Count == 0
            ? null
            : c.Finding(
                DriftKind.Unknown,
                DriftSeverity.Warning,
                $"state cannot be decided: {string.Join("; ", causes)}",
                DriftValue.None,
                DriftValue.List(causes));
    }

    private static string Describe(SourceResult source) =>
        $"{source.Name.ToName()}: {SnapshotNames.Status(source.Status)}" + (source.Detail is { } d ? $" ({d})" : string.Empty);

    private static DriftFinding? AccessFinding(CustomerDriftContext c)
    {
        if (!ExpectsGdapAccess(c) || c.Active.Count > 0)
        {
            return null;
        }

        if (c.Relationships.Count == 0)
        {
            return c.Finding(DriftKind.Missing, DriftSeverity.Error,
                "no GDAP relationship in any status",
                DriftValue.Of("an active GDAP relationship"), DriftValue.None);
        }

        var pending = c.Relationships.Where(r => r.StatusClass == GdapStatusClass.Pending).ToArray();
        if (pending.Length > 0)
        {
            return c.Finding(DriftKind.GdapPending, DriftSeverity.Warning,
                $"no active GDAP relationship; waiting: {Names(pending)}",
                DriftValue.Of("active"), DriftValue.List(pending.Select(r => r.Status).Distinct()));
        }

        return c.Finding(DriftKind.GdapExpired, DriftSeverity.Error,
            $"no active or pending GDAP relationship; only {Names(c.Relationships)}",
            DriftValue.Of("active"), DriftValue.List(c.Relationships.Select(r => r.Status).Distinct()));
    }

    private static string Names(IEnumerable<GdapRelationship> relationships) =>
        string.Join(", ", relationships.Select(r => $"'{r.DisplayName ?? r.Id}' ({r.Status})"));

    private static DriftFinding? Expiring(CustomerDriftContext c)
    {
        if (!ExpectsGdapAccess(c) || c.Active.Count == 0)
        {
            return null;
        }

        // The latest-ending active relationship decides; on a tie the one that auto-extends wins.
        var latest = c.Active
            .OrderByDescending(r => r.EndDateTime ?? DateTimeOffset.MaxValue)
            .ThenByDescending(r => r.AutoExtends)
            .First();
        if (latest.EndDateTime is not { } end || latest.AutoExtends || end > c.Now.AddDays(c.ExpiringWithinDays))
        {
            return null;
        }

        var days = (int)Math.Floor((end - c.Now).TotalDays);
        var when = days >= 0 ? $"in {days} day{(days == 1 ? "" : "s")}" : $"{-days} day{(days == -1 ? "" : "s")} ago";
        return c.Finding(DriftKind.GdapExpiring, DriftSeverity.Warning,
            $"GDAP relationship '{latest.DisplayName ?? latest.Id}' ends {end.UtcDateTime:yyyy-MM-dd} ({when}) and does not auto-extend",
            DriftValue.Of($"ends after {c.Now.AddDays(c.ExpiringWithinDays).UtcDateTime:yyyy-MM-dd} or auto-extends"),
            DriftValue.Of(end.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
    }

    private static IReadOnlyList<string> ExpectedRoleIds(CustomerDriftContext c) =>
        c.Customer.EffectiveExpectedRoles(c.Defaults)
            .Select(RoleCatalog.ResolveTemplateId)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();

    private static IReadOnlyList<string> GrantedRoleIds(CustomerDriftContext c) =>
        c.Active.SelectMany(r => r.Roles).Select(r => r.ToLowerInvariant()).Distinct().ToArray();

    private static DriftFinding? RoleMissing(CustomerDriftContext c)
    {
        // The brief's rule as written: with no active relationship at all, every expected role is missing too, so a
        // `missing` (or pending/expired) customer also gets `role-missing`; only tenant-not-found replaces findings.
        if (!ExpectsGdapAccess(c))
        {
            return null;
        }

        var expected = ExpectedRoleIds(c);
        var granted = GrantedRoleIds(c);
        var missing = expected.Where(e => !granted.Contains(e, StringComparer.OrdinalIgnoreCase)).ToArray();
        return missing.Length == 0
            ? null
            : c.Finding(DriftKind.RoleMissing, DriftSeverity.Error,
                $"expected role{(missing.Length == 1 ? "" : "s")} granted by no active relationship: {string.Join(", ", missing.Select(RoleCatalog.Describe))}",
                DriftValue.List(expected.Select(RoleCatalog.Describe)), DriftValue.List(granted.Select(RoleCatalog.Describe)));
    }

    private static DriftFinding? RoleUnexpected(CustomerDriftContext c)
    {
        if (c.Customer.Access != AccessKind.Gdap || c.Customer.Status == CustomerStatus.Offboarded || !c.GdapAnswered || c.Active.Count == 0)
        {
            return null;
        }

        var expected = ExpectedRoleIds(c);
        var unexpected = GrantedRoleIds(c).Where(g => !expected.Contains(g, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (unexpected.Length == 0)
        {
            return null;
        }

        var privileged = unexpected.Where(RoleCatalog.IsPrivileged).ToArray();
        var label = string.Join(", ", unexpected.Select(r => RoleCatalog.Describe(r) + (RoleCatalog.IsPrivileged(r) ? " (privileged)" : "")));
        return c.Finding(DriftKind.RoleUnexpected, privileged.Length > 0 ? DriftSeverity.Error : DriftSeverity.Warning,
            $"active relationships grant role{(unexpected.Length == 1 ? "" : "s")} not expected: {label}",
            DriftValue.List(expected.Select(RoleCatalog.Describe)), DriftValue.List(unexpected.Select(RoleCatalog.Describe)));
    }

    private static DriftFinding? NameMismatch(CustomerDriftContext c)
    {
        var (current, from) = CurrentName(c);
        if (string.IsNullOrWhiteSpace(current) ||
            string.Equals(current.Trim(), c.Customer.Name.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return c.Finding(DriftKind.NameMismatch, DriftSeverity.Info,
            $"registry name '{c.Customer.Name}' differs from the tenant's display name '{current.Trim()}' ({from})",
            DriftValue.Of(c.Customer.Name), DriftValue.Of(current.Trim()));
    }

    /// <summary>The tenant's current name: tenant-info when found, else the GDAP customer's (never a DAP contract's).</summary>
    private static (string? Name, string From) CurrentName(CustomerDriftContext c)
    {
        if (c.Lookup is { Status: TenantLookupStatus.Found } lookup)
        {
            return (lookup.DisplayName, "tenant-info");
        }

        if (c.Customer.Access != AccessKind.Gdap || !c.GdapAnswered)
        {
            return (null, string.Empty);
        }

        var best = c.Relationships
            .Where(r => !string.IsNullOrWhiteSpace(r.CustomerDisplayName))
            .OrderBy(r => r.StatusClass)
            .ThenByDescending(r => r.EndDateTime ?? DateTimeOffset.MaxValue)
            .FirstOrDefault();
        return (best?.CustomerDisplayName, "GDAP customer");
    }

    private static DriftFinding? DomainMismatch(CustomerDriftContext c)
    {
        if (string.IsNullOrWhiteSpace(c.Customer.Domain) || c.Lookup is not { Status: TenantLookupStatus.Found } lookup ||
            string.IsNullOrWhiteSpace(lookup.DefaultDomainName) ||
            string.Equals(lookup.DefaultDomainName.Trim(), c.Customer.Domain.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return c.Finding(DriftKind.DomainMismatch, DriftSeverity.Warning,
            $"registry domain '{c.Customer.Domain}' differs from the tenant's default domain '{lookup.DefaultDomainName.Trim()}'",
            DriftValue.Of(c.Customer.Domain), DriftValue.Of(lookup.DefaultDomainName.Trim()));
    }

    private static DriftFinding? OffboardedAccess(CustomerDriftContext c)
    {
        if (c.Customer.Status != CustomerStatus.Offboarded)
        {
            return null;
        }

        var evidence = (c.GdapAnswered ? c.Active.Select(r => $"GDAP '{r.DisplayName ?? r.Id}' ({r.Status})") : [])
            .Concat(c.DapAnswered ? c.Contracts.Select(k => $"DAP contract {k.Id}") : [])
            .ToArray();
        return evidence.Length == 0
            ? null
            : c.Finding(DriftKind.OffboardedAccess, DriftSeverity.Error,
                $"offboarded customer still reachable: {string.Join(", ", evidence)}",
                DriftValue.Of("no access"), DriftValue.List(evidence));
    }

    private static DriftFinding? DapLegacy(CustomerDriftContext c)
    {
        if (!c.DapAnswered || c.Contracts.Count == 0)
        {
            return null;
        }

        return c.Finding(DriftKind.DapLegacy, DriftSeverity.Warning,
            "legacy DAP contract still in place (DAP grants Global Administrator; move to GDAP and remove it)",
            DriftValue.Of("no DAP contract"), DriftValue.List(c.Contracts.Select(k => $"{k.ContractType ?? "contract"} {k.Id}")));
    }
}
