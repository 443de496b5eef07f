using Xunit;
using MsspTui.Core.Drift;
using MsspTui.Core.Registry;
using static MsspTui.Core.Tests.Drift.DriftScenario;

namespace MsspTui.Core.Tests.Drift;

public sealed class DriftAnalyzerTests
{
    private static string[] Kinds(DriftReport report, string? customerId) =>
        report.Findings.Where(f => f.CustomerId == customerId).Select(f => f.Kind.ToName()).ToArray();

    private static DriftFinding Single(DriftReport report, DriftKind kind) => Assert.Single(report.Findings, f => f.Kind == kind);

    [Fact]
    public void Healthy_customer_is_in_sync_and_exit_code_is_zero()
    {
        var report = new DriftScenario().Customer("alpha", 1).Relationship(1).Analyze();

        Assert.Empty(report.Findings);
        Assert.True(report.Complete);
        Assert.Equal(0, report.ExitCode);
        Assert.Equal(new DriftSummary(1, 1, 1, 0, 1), report.Summary);
        Assert.All(report.Sources, s => Assert.Equal(SourceStatus.Ok, s.Status));
    }

    [Fact]
    public void Missing_fires_for_an_active_gdap_customer_without_any_relationship()
    {
        var report = new DriftScenario().Customer("alpha", 1).Analyze();

        var finding = Single(report, DriftKind.Missing);
        Assert.Equal(["missing", "role-missing"], Kinds(report, "alpha"));
        Assert.Equal(DriftSeverity.Error, finding.Severity);
        Assert.Equal(Tenant(1), finding.TenantId);
        Assert.Equal("ALPHA", finding.DisplayName);
        Assert.Equal(2, report.ExitCode);
    }

    [Theory]
    [InlineData("approvalPending")]
    [InlineData("approved")]
    [InlineData("created")]
    [InlineData("activating")]
    public void Gdap_pending_fires_when_only_pending_relationships_exist(string status)
    {
        var report = new DriftScenario().Customer("alpha", 1).Relationship(1, status).Relationship(1, "expired").Analyze();

        Assert.Equal(["gdap-pending", "role-missing"], Kinds(report, "alpha"));
        Assert.Equal(DriftValue.List([status]), Single(report, DriftKind.GdapPending).Actual);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("terminated")]
    [InlineData("terminating")]
    [InlineData("terminationRequested")]
    public void Gdap_expired_fires_when_only_ended_relationships_exist(string status)
    {
        var report = new DriftScenario().Customer("alpha", 1).Relationship(1, status).Analyze();

        Assert.Equal(["gdap-expired", "role-missing"], Kinds(report, "alpha"));
        Assert.Equal(DriftSeverity.Error, Single(report, DriftKind.GdapExpired).Severity);
    }

    [Theory]
    [InlineData("active")]
    [InlineData("expiring")]
    public void Active_and_expiring_statuses_both_count_as_active(string status)
    {
        var report = new DriftScenario().Customer("alpha", 1).Relationship(1, status).Relationship(1, "expired").Analyze();

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Only_one_access_finding_per_customer_and_role_missing_beside_it_without_an_active_relationship()
    {
        var report = new DriftScenario().Customer("alpha", 1)
            .Relationship(1, "approvalPending").Relationship(1, "created").Relationship(1, "terminated").Analyze();

        Assert.Equal(["gdap-pending", "role-missing"], Kinds(report, "alpha"));
        Assert.Equal(DriftValue.List([]), Single(report, DriftKind.RoleMissing).Actual);
    }

    [Fact]
    public void Onboarding_customers_get_no_access_findings()
    {
        var report = new DriftScenario()
            .Customer("new", 1, CustomerStatus.Onboarding)
            .Customer("pending", 2, CustomerStatus.Onboarding).Relationship(2, "approvalPending")
            .Customer("short", 3, CustomerStatus.Onboarding).Relationship(3, endsInDays: 3, roles: [SecurityReader])
            .Analyze();

        Assert.Empty(report.Findings);
        Assert.Equal(3, report.Summary.InSync);
    }

    [Fact]
    public void Onboarding_customers_still_get_role_unexpected()
    {
        var report = new DriftScenario().Customer("new", 1, CustomerStatus.Onboarding)
            .Relationship(1, roles: [SecurityReader, SecurityOperator, GlobalAdministrator]).Analyze();

        Assert.Equal(["role-unexpected"], Kinds(report, "new"));
    }

    [Fact]
    public void B2b_customers_are_not_expected_in_gdap_and_are_checked_through_tenant_info_only()
    {
        var report = new DriftScenario()
            .Customer("guest", 1, access: AccessKind.B2b, domain: "guest.example")
            .Relationship(1, roles: [GlobalAdministrator], customerName: "Other Name")
            .Lookup(1, TenantLookupStatus.Found, "GUEST", "other.example")
            .Source(DiscoverySource.Gdap, SourceStatus.Ok)
            .Analyze();

        Assert.Equal(["domain-mismatch"], Kinds(report, "guest"));
        Assert.Empty(Kinds(report, null));
    }

    [Fact]
    public void B2b_customers_get_no_unknown_when_gdap_fails_and_no_missing()
    {
        var report = new DriftScenario().Customer("guest", 1, access: AccessKind.B2b)
            .Source(DiscoverySource.Gdap, SourceStatus.Forbidden, "HTTP 403").Analyze();

        Assert.Empty(report.Findings);
        Assert.False(report.Complete);
        Assert.Equal(1, report.ExitCode);
    }

    [Fact]
    public void Gdap_expiring_fires_within_the_window_when_not_auto_extending()
    {
        var report = new DriftScenario().Customer("alpha", 1).Relationship(1, "expiring", endsInDays: 10, autoExtend: "PT0S").Analyze();

        var finding = Single(report, DriftKind.GdapExpiring);
        Assert.Equal(DriftSeverity.Warning, finding.Severity);
        Assert.Contains("in 10 days", finding.Message);
        Assert.Equal("2026-11-30T12:00:00Z", finding.Actual.Text);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("PT0S", true)]
    [InlineData("P0D", true)]
    [InlineData("P180D", false)]
    public void Gdap_expiring_respects_auto_extend(string? autoExtend, bool fires)
    {
        var report = new DriftScenario().Customer("alpha", 1).Relationship(1, endsInDays: 5, autoExtend: autoExtend).Analyze();

        Assert.Equal(fires, report.Findings.Any(f => f.Kind == DriftKind.GdapExpiring));
    }

    [Theory]
    [InlineData(30, 30, true)]
    [InlineData(31, 30, false)]
    [InlineData(31, 45, true)]
    [InlineData(5, 0, false)]
    [InlineData(-1, 0, true)]
    public void Gdap_expiring_uses_the_expiring_within_window(int endsInDays, int window, bool fires)
    {
        var report = new DriftScenario().Customer("alpha", 1).Relationship(1, endsInDays: endsInDays).Analyze(window);

        Assert.Equal(fires, report.Findings.Any(f => f.Kind == DriftKind.GdapExpiring));
        Assert.Equal(window, report.ExpiringWithinDays);
    }

    [Fact]
    public void Gdap_expiring_looks_at_the_latest_ending_active_relationship_only()
    {
        var later = new DriftScenario().Customer("alpha", 1)
            .Relationship(1, endsInDays: 5).Relationship(1, endsInDays: 200).Analyze();
        var laterButExpired = new DriftScenario().Customer("alpha", 1)
            .Relationship(1, endsInDays: 5).Relationship(1, "expired", endsInDays: 200).Analyze();
        var latestExtends = new DriftScenario().Customer("alpha", 1)
            .Relationship(1, endsInDays: 5, autoExtend: "PT0S").Relationship(1, endsInDays: 20, autoExtend: "P180D").Analyze();

        Assert.Empty(later.Findings);
        Assert.Equal(["gdap-expiring"], Kinds(laterButExpired, "alpha"));
        Assert.Empty(latestExtends.Findings);
    }

    [Fact]
    public void Role_missing_is_one_finding_listing_every_expected_role_no_active_relationship_grants()
    {
        var report = new DriftScenario().Customer("alpha", 1, roles: ["security-reader", "security-operator", "global-reader"])
            .Relationship(1, roles: [SecurityReader])
            .Relationship(1, "expired", roles: [SecurityOperator, GlobalReader])
            .Analyze();

        var finding = Single(report, DriftKind.RoleMissing);
        Assert.Equal(DriftSeverity.Error, finding.Severity);
        Assert.Equal("expected roles granted by no active relationship: security-operator, global-reader", finding.Message);
        Assert.Equal(DriftValue.List(["security-reader", "security-operator", "global-reader"]), finding.Expected);
        Assert.Equal(DriftValue.List(["security-reader"]), finding.Actual);
    }

    [Fact]
    public void Roles_granted_across_several_active_relationships_add_up()
    {
        var report = new DriftScenario().Customer("alpha", 1)
            .Relationship(1, roles: [SecurityReader]).Relationship(1, "expiring", roles: [SecurityOperator]).Analyze();

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Expected_roles_may_be_given_as_guids_in_any_case()
    {
        var report = new DriftScenario().Customer("alpha", 1, roles: [SecurityReader.ToUpperInvariant()])
            .Relationship(1, roles: [SecurityReader]).Analyze();

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Role_unexpected_is_an_error_for_privileged_roles_and_a_warning_otherwise()
    {
        var privileged = new DriftScenario().Customer("alpha", 1)
            .Relationship(1, roles: [SecurityReader, SecurityOperator, GlobalAdministrator, GlobalReader]).Analyze();
        var plain = new DriftScenario().Customer("alpha", 1)
            .Relationship(1, roles: [SecurityReader, SecurityOperator, GlobalReader]).Analyze();

        var error = Single(privileged, DriftKind.RoleUnexpected);
        Assert.Equal(DriftSeverity.Error, error.Severity);
        Assert.Equal(DriftValue.List(["global-administrator", "global-reader"]), error.Actual);
        Assert.Contains("global-administrator (privileged)", error.Message);
        Assert.Equal(DriftSeverity.Warning, Single(plain, DriftKind.RoleUnexpected).Severity);
    }

    [Fact]
    public void Roles_of_ended_relationships_are_never_unexpected()
    {
        var report = new DriftScenario().Customer("alpha", 1)
            .Relationship(1).Relationship(1, "expired", roles: [GlobalAdministrator]).Analyze();

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Name_mismatch_compares_trimmed_and_case_insensitively_with_tenant_info()
    {
        var same = new DriftScenario().Customer("alpha", 1, name: "Alpha Corp").Relationship(1)
            .Lookup(1, TenantLookupStatus.Found, "  ALPHA corp ").Analyze();
        var different = new DriftScenario().Customer("alpha", 1, name: "Alpha Corp").Relationship(1, customerName: "Alpha Corp")
            .Lookup(1, TenantLookupStatus.Found, "Alpha Holdings").Analyze();

        Assert.Empty(same.Findings);
        var finding = Single(different, DriftKind.NameMismatch);
        Assert.Equal(DriftSeverity.Info, finding.Severity);
        Assert.Equal("Alpha Corp", finding.Expected.Text);
        Assert.Equal("Alpha Holdings", finding.Actual.Text);
        Assert.Contains("(tenant-info)", finding.Message);
    }

    [Fact]
    public void Control_characters_from_graph_never_reach_a_report()
    {
        // A customer names its own tenant: an escape sequence there must not drive the analyst's terminal.
        var report = new DriftScenario().Customer("alpha", 1, name: "Alpha Corp").Relationship(1, customerName: "Alpha\u001b[2J")
            .Relationship(2, customerName: "Stranger\u001b]0;x\u0007")
            .Lookup(1, TenantLookupStatus.Found, "Alpha\u001b]0;pwned\u0007 Holdings").Analyze();

        var mismatch = Single(report, DriftKind.NameMismatch);
        Assert.Equal("Alpha␛]0;pwned␇ Holdings", mismatch.Actual.Text);
        Assert.Contains("'Alpha␛]0;pwned␇ Holdings'", mismatch.Message);
        Assert.All(report.Findings, f => Assert.DoesNotContain('\u001b', f.Message + f.DisplayName + f.Actual.Display + f.Expected.Display));
        Assert.Contains(report.Findings, f => f.DisplayName == "Stranger␛]0;x␇");
    }

    [Fact]
    public void A_discovery_without_control_characters_is_used_as_it_is()
    {
        var snapshot = new DriftScenario().Customer("alpha", 1).Relationship(1, customerName: "Alpha Corp").Contract(1, "Alpha").Snapshot;

        var visible = VisibleDiscovery.Of(snapshot);

        Assert.Same(snapshot.Relationships, visible.Relationships);
        Assert.Same(snapshot.Contracts, visible.Contracts);
        Assert.Same(snapshot.Tenants, visible.Tenants);
        Assert.Same(snapshot.Sources, visible.Sources);
    }

    [Fact]
    public void Name_mismatch_falls_back_to_the_gdap_customer_name_when_tenant_info_is_not_requested()
    {
        var report = new DriftScenario().Customer("alpha", 1, name: "Alpha Corp").Relationship(1, customerName: "Alpha Holdings")
            .Analyze(30, DiscoverySource.Gdap, DiscoverySource.Dap);

        Assert.Equal(["name-mismatch"], Kinds(report, "alpha"));
        Assert.Contains("(GDAP customer)", Single(report, DriftKind.NameMismatch).Message);
    }

    [Fact]
    public void Name_mismatch_never_comes_from_a_dap_contract()
    {
        var report = new DriftScenario().Customer("alpha", 1, name: "Alpha Corp").Relationship(1).Contract(1, "Alpha Old Name Ltd")
            .Analyze(30, DiscoverySource.Gdap, DiscoverySource.Dap);

        Assert.Equal(["dap-legacy"], Kinds(report, "alpha"));
    }

    [Fact]
    public void Domain_mismatch_compares_case_insensitively_with_tenant_info_default_domain()
    {
        var same = new DriftScenario().Customer("alpha", 1, domain: "alpha.example").Relationship(1)
            .Lookup(1, TenantLookupStatus.Found, "ALPHA", "ALPHA.example").Analyze();
        var different = new DriftScenario().Customer("alpha", 1, domain: "alpha.example").Relationship(1)
            .Lookup(1, TenantLookupStatus.Found, "ALPHA", "alphacorp.onmicrosoft.com").Analyze();
        var noDomain = new DriftScenario().Customer("alpha", 1).Relationship(1)
            .Lookup(1, TenantLookupStatus.Found, "ALPHA", "alphacorp.onmicrosoft.com").Analyze();

        Assert.Empty(same.Findings);
        Assert.Equal(["domain-mismatch"], Kinds(different, "alpha"));
        Assert.Empty(noDomain.Findings);
    }

    [Fact]
    public void Offboarded_access_fires_for_an_active_relationship_or_a_dap_contract()
    {
        var report = new DriftScenario()
            .Customer("gone-gdap", 1, CustomerStatus.Offboarded).Relationship(1, roles: [GlobalAdministrator])
            .Customer("gone-dap", 2, CustomerStatus.Offboarded).Contract(2)
            .Customer("gone-clean", 3, CustomerStatus.Offboarded).Relationship(3, "terminated")
            .Analyze();

        Assert.Equal(["offboarded-access"], Kinds(report, "gone-gdap"));
        Assert.Equal(["offboarded-access", "dap-legacy"], Kinds(report, "gone-dap"));
        Assert.Empty(Kinds(report, "gone-clean"));
        Assert.All(report.Findings.Where(f => f.Kind == DriftKind.OffboardedAccess), f => Assert.Equal(DriftSeverity.Error, f.Severity));
    }

    [Fact]
    public void Dap_legacy_fires_for_any_registered_customer_with_a_contract()
    {
        var report = new DriftScenario()
            .Customer("alpha", 1).Relationship(1).Contract(1)
            .Customer("guest", 2, access: AccessKind.B2b).Contract(2)
            .Customer("new", 3, CustomerStatus.Onboarding).Contract(3)
            .Analyze();

        Assert.Equal(["dap-legacy"], Kinds(report, "alpha"));
        Assert.Equal(["dap-legacy"], Kinds(report, "guest"));
        Assert.Equal(["dap-legacy"], Kinds(report, "new"));
        Assert.All(report.Findings, f => Assert.Equal(DriftSeverity.Warning, f.Severity));
    }

    [Fact]
    public void Unregistered_fires_once_per_tenant_with_an_active_relationship_or_a_contract()
    {
        var report = new DriftScenario()
            .Customer("alpha", 1).Relationship(1)
            .Relationship(7, customerName: "Seventh Ltd").Relationship(7, "expiring", customerName: "Seventh Ltd").Contract(7, "Seventh (old)")
            .Contract(8, "Eighth Ltd")
            .Relationship(9, "expired", customerName: "Ninth")
            .Relationship(10, "approvalPending", customerName: "Tenth")
            .Analyze();

        var unregistered = report.Findings.Where(f => f.Kind == DriftKind.Unregistered).ToArray();
        Assert.Equal([Tenant(8), Tenant(7)], unregistered.Select(f => f.TenantId));
        Assert.All(unregistered, f => Assert.Null(f.CustomerId));
        Assert.Equal("Seventh Ltd", unregistered[1].DisplayName);
        Assert.Equal(3, unregistered[1].Actual.Items!.Count);
        Assert.Equal(3, report.Summary.Discovered);
    }

    [Fact]
    public void Registry_tenant_ids_match_discovery_in_any_case()
    {
        var scenario = new DriftScenario().Customer("alpha", 1).Relationship(1).Contract(1);
        var registry = scenario.Registry with
        {
            Customers = [scenario.Registry.Customers[0] with { TenantId = "ABCDEF00-0000-0000-0000-00000000000A" }],
        };
        var snapshot = scenario.Snapshot with
        {
            Relationships = [scenario.Snapshot.Relationships[0] with { CustomerTenantId = "abcdef00-0000-0000-0000-00000000000a" }],
            Contracts = [scenario.Snapshot.Contracts[0] with { CustomerTenantId = "abcdef00-0000-0000-0000-00000000000A" }],
            Tenants = [new TenantLookup("ABCDEF00-0000-0000-0000-00000000000a", TenantLookupStatus.Found, "ALPHA", null, null)],
        };

        var report = DriftAnalyzer.Analyze(registry, snapshot, Now, DriftOptions.Default);

        Assert.Equal(["dap-legacy"], Kinds(report, "alpha"));
        Assert.Empty(Kinds(report, null));
        Assert.True(report.Complete);
    }

    [Fact]
    public void Tenant_not_found_replaces_every_other_finding_of_that_customer()
    {
        var report = new DriftScenario()
            .Customer("ghost", 1, name: "Ghost", domain: "ghost.example").Contract(1)
            .Relationship(1, roles: [GlobalAdministrator], endsInDays: 3, customerName: "Other")
            .Lookup(1, TenantLookupStatus.NotFound)
            .Source(DiscoverySource.Gdap, SourceStatus.Ok)
            .Analyze();

        Assert.Equal(["tenant-not-found"], Kinds(report, "ghost"));
        Assert.Equal(DriftSeverity.Error, Single(report, DriftKind.TenantNotFound).Severity);
    }

    [Fact]
    public void Tenant_not_found_also_replaces_unknown_and_is_a_warning_for_offboarded_customers()
    {
        var report = new DriftScenario()
            .Customer("ghost", 1, CustomerStatus.Offboarded).Lookup(1, TenantLookupStatus.NotFound)
            .Source(DiscoverySource.Gdap, SourceStatus.Failed, "HTTP 503")
            .Analyze();

        Assert.Equal(["tenant-not-found"], Kinds(report, "ghost"));
        Assert.Equal(DriftSeverity.Warning, report.Findings[0].Severity);
    }

    [Theory]
    [InlineData(SourceStatus.Forbidden)]
    [InlineData(SourceStatus.Failed)]
    public void Failed_gdap_source_gives_unknown_never_missing_and_marks_the_report_incomplete(SourceStatus status)
    {
        var report = new DriftScenario()
            .Customer("alpha", 1).Customer("gone", 2, CustomerStatus.Offboarded).Customer("new", 3, CustomerStatus.Onboarding)
            .Relationship(9, customerName: "Stranger")
            .Source(DiscoverySource.Gdap, status, "HTTP 403: Authorization_RequestDenied")
            .Analyze();

        Assert.Equal(["unknown"], Kinds(report, "alpha"));
        Assert.Equal(["unknown"], Kinds(report, "gone"));
        Assert.Equal(["unknown"], Kinds(report, "new"));
        Assert.Empty(Kinds(report, null));
        Assert.Contains("gdap: ", report.Findings[0].Message);
        Assert.Contains("Authorization_RequestDenied", report.Findings[0].Message);
        Assert.False(report.Complete);
        Assert.Equal(1, report.ExitCode);
        Assert.Equal(0, report.Summary.Checked);
    }

    [Fact]
    public void Failed_gdap_source_keeps_tenant_info_and_dap_findings()
    {
        var report = new DriftScenario()
            .Customer("alpha", 1, name: "Alpha", domain: "alpha.example").Contract(1).Contract(5, "Unregistered DAP")
            .Lookup(1, TenantLookupStatus.Found, "Alpha Renamed", "alpha.example")
            .Source(DiscoverySource.Gdap, SourceStatus.Failed, "timed out")
            .Analyze();

        Assert.Equal(new[] { "name-mismatch", "dap-legacy", "unknown" }.Order(), Kinds(report, "alpha").Order());
        Assert.Equal([Tenant(5)], report.Findings.Where(f => f.Kind == DriftKind.Unregistered).Select(f => f.TenantId));
    }

    [Fact]
    public void Failed_tenant_info_look_up_gives_unknown_for_that_customer_only()
    {
        var report = new DriftScenario()
            .Customer("alpha", 1, name: "Alpha", domain: "alpha.example").Relationship(1, customerName: "Alpha")
            .Customer("beta", 2).Relationship(2)
            .Lookup(1, TenantLookupStatus.Failed, detail: "HTTP 503 after 3 tries")
            .Analyze();

        var unknown = Single(report, DriftKind.Unknown);
        Assert.Equal("alpha", unknown.CustomerId);
        Assert.Contains("HTTP 503 after 3 tries", unknown.Message);
        Assert.Empty(Kinds(report, "beta"));
        Assert.False(report.Complete);
        var tenantInfo = report.Sources.Single(s => s.Name == DiscoverySource.TenantInfo);
        Assert.Equal(SourceStatus.Failed, tenantInfo.Status);
        Assert.Equal("1 of 2 look-ups failed", tenantInfo.Detail);
        Assert.Equal(1, report.Summary.Checked);
    }

    [Fact]
    public void Failed_tenant_info_look_up_never_gives_a_domain_mismatch_but_may_compare_the_gdap_name()
    {
        var report = new DriftScenario()
            .Customer("alpha", 1, name: "Alpha", domain: "alpha.example").Relationship(1, customerName: "Alpha Renamed")
            .Lookup(1, TenantLookupStatus.Failed, detail: "HTTP 429 after 3 tries")
            .Analyze();

        Assert.Equal(["name-mismatch", "unknown"], Kinds(report, "alpha"));
    }

    [Fact]
    public void Forbidden_tenant_info_source_gives_unknown_for_every_customer()
    {
        var report = new DriftScenario().Customer("alpha", 1).Relationship(1).Customer("guest", 2, access: AccessKind.B2b)
            .Source(DiscoverySource.TenantInfo, SourceStatus.Forbidden, "HTTP 403")
            .Analyze();

        Assert.Equal(["unknown"], Kinds(report, "alpha"));
        Assert.Equal(["unknown"], Kinds(report, "guest"));
        Assert.Equal(SourceStatus.Forbidden, report.Sources[2].Status);
    }

    [Fact]
    public void Missing_look_up_in_the_discovery_counts_as_failed()
    {
        var report = new DriftScenario().NoAutomaticLookups().Customer("alpha", 1).Relationship(1).Analyze();

        Assert.Equal(["unknown"], Kinds(report, "alpha"));
        Assert.Contains("no look-up", report.Findings[0].Message);
        Assert.Contains("have no look-up", report.Sources[2].Detail);
        Assert.False(report.Complete);
    }

    [Fact]
    public void Failed_dap_source_leaves_dap_findings_undecided_without_per_customer_unknown()
    {
        var report = new DriftScenario()
            .Customer("alpha", 1).Relationship(1).Contract(1)
            .Customer("gone", 2, CustomerStatus.Offboarded).Contract(2)
            .Contract(5, "DAP only").Relationship(6, customerName: "GDAP stranger")
            .Source(DiscoverySource.Dap, SourceStatus.Forbidden, "HTTP 403")
            .Analyze();

        Assert.DoesNotContain(report.Findings, f => f.Kind is DriftKind.Unknown or DriftKind.DapLegacy or DriftKind.OffboardedAccess);
        Assert.Equal([Tenant(6)], report.Findings.Where(f => f.Kind == DriftKind.Unregistered).Select(f => f.TenantId));
        Assert.False(report.Complete);
        Assert.Equal(1, report.ExitCode);
        Assert.Equal("HTTP 403", report.Sources[1].Detail);
    }

    [Fact]
    public void Skipped_sources_are_reported_and_nothing_depending_on_them_fires()
    {
        var scenario = new DriftScenario()
            .Customer("alpha", 1, name: "Alpha", domain: "alpha.example").Contract(1)
            .Customer("ghost", 2).Lookup(2, TenantLookupStatus.NotFound)
            .Lookup(1, TenantLookupStatus.Found, "Alpha Renamed", "other.example")
            .Relationship(7, customerName: "Stranger");

        var dapOnly = scenario.Analyze(30, DiscoverySource.Dap);

        Assert.Equal(["dap-legacy"], Kinds(dapOnly, "alpha"));
        Assert.Empty(Kinds(dapOnly, "ghost"));
        Assert.Empty(Kinds(dapOnly, null));
        Assert.True(dapOnly.Complete);
        Assert.Equal(["skipped", "ok", "skipped"], dapOnly.Sources.Select(s => SnapshotNames.Status(s.Status)));
        Assert.Equal("not requested", dapOnly.Sources[0].Detail);

        var tenantInfoOnly = scenario.Analyze(30, DiscoverySource.TenantInfo);
        Assert.Equal(["name-mismatch", "domain-mismatch"], Kinds(tenantInfoOnly, "alpha"));
        Assert.Equal(["tenant-not-found"], Kinds(tenantInfoOnly, "ghost"));
        Assert.Empty(Kinds(tenantInfoOnly, null));
    }

    [Fact]
    public void Skipped_gdap_source_gives_no_unknown_even_when_the_saved_discovery_says_it_failed()
    {
        var report = new DriftScenario().Customer("alpha", 1)
            .Source(DiscoverySource.Gdap, SourceStatus.Failed, "HTTP 500")
            .Analyze(30, DiscoverySource.Dap, DiscoverySource.TenantInfo);

        Assert.Empty(report.Findings);
        Assert.True(report.Complete);
    }

    [Fact]
    public void A_requested_source_the_saved_discovery_did_not_query_is_failed()
    {
        var report = new DriftScenario().Customer("alpha", 1).Relationship(1)
            .Source(DiscoverySource.Dap, SourceStatus.Skipped, "not requested")
            .Analyze();

        Assert.Equal(SourceStatus.Failed, report.Sources[1].Status);
        Assert.Contains("not in the saved discovery", report.Sources[1].Detail);
        Assert.False(report.Complete);
    }

    [Fact]
    public void Any_failed_source_makes_the_exit_code_one_even_with_drift()
    {
        var report = new DriftScenario().Customer("alpha", 1).Customer("beta", 2)
            .Source(DiscoverySource.Dap, SourceStatus.Failed, "timed out").Analyze();

        Assert.Equal(["missing", "role-missing"], Kinds(report, "alpha"));
        Assert.Equal(["missing", "role-missing"], Kinds(report, "beta"));
        Assert.Equal(1, report.ExitCode);
    }

    [Fact]
    public void Findings_are_ordered_by_registry_order_then_kind_then_unregistered_tenants()
    {
        var report = new DriftScenario()
            .Customer("zulu", 1, name: "Zulu", domain: "zulu.example").Contract(1)
            .Lookup(1, TenantLookupStatus.Found, "Zulu Renamed", "zulu.example")
            .Customer("alpha", 2)
            .Contract(9, "Stranger")
            .Analyze();

        Assert.Equal(
            ["zulu:missing", "zulu:role-missing", "zulu:name-mismatch", "zulu:dap-legacy", "alpha:missing", "alpha:role-missing", ":unregistered"],
            report.Findings.Select(f => $"{f.CustomerId}:{f.Kind.ToName()}"));
        Assert.Equal(0, report.Summary.InSync);
        Assert.Equal(7, report.Summary.Findings);
    }

    [Fact]
    public void Negative_expiring_window_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DriftScenario().Customer("alpha", 1).Analyze(-1));
    }
}
