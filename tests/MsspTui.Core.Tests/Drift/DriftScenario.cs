using MsspTui.Core.Drift;
using MsspTui.Core.Registry;

namespace MsspTui.Core.Tests.Drift;

/// <summary>Builds a registry and a discovery for one drift test; every source answers ok unless told otherwise.</summary>
internal sealed class DriftScenario
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    public const string SecurityReader = "5d6b6bb7-de71-4623-b4af-96380a352509";
    public const string SecurityOperator = "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f";
    public const string GlobalAdministrator = "62e90394-69f5-4237-9190-012177145e10";
    public const string GlobalReader = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";

    private readonly List<Customer> customers = [];
    private readonly List<GdapRelationship> relationships = [];
    private readonly List<DapContract> contracts = [];
    private readonly List<TenantLookup> tenants = [];
    private readonly Dictionary<DiscoverySource, SourceResult> sources = DiscoverySourceNames.All.ToDictionary(s => s, s => new SourceResult(s, SourceStatus.Ok, null, 0));
    private bool autoLookups = true;

    public IReadOnlyList<string> DefaultRoles { get; set; } = ["security-reader", "security-operator"];

    public static string Tenant(int n) => $"00000000-0000-0000-0000-{n:D12}";

    public DriftScenario Customer(string id, int tenant, CustomerStatus status = CustomerStatus.Active, AccessKind access = AccessKind.Gdap,
        string? name = null, string? domain = null, IReadOnlyList<string>? roles = null)
    {
        customers.Add(new Customer
        {
            Id = id,
            Name = name ?? id.ToUpperInvariant(),
            TenantId = Tenant(tenant),
            Domain = domain,
            Status = status,
            Access = access,
            ExpectedRoles = roles,
        });
        return this;
    }

    public DriftScenario Relationship(int tenant, string status = "active", string[]? roles = null, int endsInDays = 400,
        string? autoExtend = "PT0S", string? customerName = null, string? id = null)
    {
        relationships.Add(new GdapRelationship(
            id ?? $"rel-{relationships.Count}",
            $"Relationship {relationships.Count}",
            status,
            Tenant(tenant),
            customerName,
            roles ?? [SecurityReader, SecurityOperator],
            status is "approvalPending" or "created" ? null : Now.AddDays(endsInDays),
            autoExtend));
        return this;
    }

    public DriftScenario Contract(int tenant, string? name = null)
    {
        contracts.Add(new DapContract($"contract-{contracts.Count}", "partner", Tenant(tenant), name, "frozen.example"));
        return this;
    }

    public DriftScenario Lookup(int tenant, TenantLookupStatus status, string? name = null, string? domain = null, string? detail = null)
    {
        tenants.RemoveAll(t => t.TenantId == Tenant(tenant));
        tenants.Add(new TenantLookup(Tenant(tenant), status, name, domain, detail));
        return this;
    }

    public DriftScenario NoAutomaticLookups()
    {
        autoLookups = false;
        return this;
    }

    public DriftScenario Source(DiscoverySource name, SourceStatus status, string? detail = null)
    {
        sources[name] = new SourceResult(name, status, detail, 0);
        return this;
    }

    public CustomerRegistry Registry => new(1, new Provider("MSSP", Tenant(999), Cloud.Global, null), new RegistryDefaults(null, DefaultRoles), customers, "customers.yaml");

    public DiscoverySnapshot Snapshot
    {
        get
        {
            var lookups = tenants.ToList();
            if (autoLookups && sources[DiscoverySource.TenantInfo].Status == SourceStatus.Ok)
            {
                foreach (var customer in customers.Where(c => lookups.All(t => t.TenantId != c.TenantId)))
                {
                    lookups.Add(new TenantLookup(customer.TenantId, TenantLookupStatus.Found, customer.Name, customer.Domain, null));
                }
            }

            return new DiscoverySnapshot(Now, "https://graph.microsoft.com/v1.0", sources.Values.ToArray(), relationships, contracts, lookups);
        }
    }

    public DriftReport Analyze(int expiringWithinDays = 30, params DiscoverySource[] requested) =>
        DriftAnalyzer.Analyze(Registry, Snapshot, Now, new DriftOptions
        {
            ExpiringWithinDays = expiringWithinDays,
            Sources = requested.Length == 0 ? new HashSet<DiscoverySource>(DiscoverySourceNames.All) : requested.ToHashSet(),
        });
}
