using MsspTui.Core.Registry.Shape;

namespace MsspTui.Core.Registry.Yaml;

/// <summary>Builds the model from a tree that passed <see cref="StructureChecker"/> without errors.</summary>
internal static class RegistryMapper
{
    public static CustomerRegistry Map(SourceMapping root, string sourcePath)
    {
        var provider = (SourceMapping)root.Find("provider")!;
        var defaults = root.Find("defaults") as SourceMapping;
        var customers = (SourceSequence)root.Find("customers")!;
        return new CustomerRegistry(
            RegistryShape.SupportedSchemaVersion,
            new Provider(
                Text(provider, "name")!,
                Text(provider, "tenantId")!,
                ParseCloud(Text(provider, "cloud")),
                Text(provider, "clientId")),
            defaults is null ? RegistryDefaults.None : new RegistryDefaults(Text(defaults, "portal"), List(defaults, "expectedRoles") ?? []),
            MapCustomers(customers.Items),
            sourcePath);
    }

    private static Customer[] MapCustomers(List<SourceNode> items)
    {
        var customers = new Customer[items.Count];
        if (items.Count < LargeRegistry.CustomersFrom)
        {
            for (int i = 0; i < customers.Length; i++)
            {
                customers[i] = MapCustomer((SourceMapping)items[i]);
            }

            return customers;
        }

        // Customers are independent: a large registry is mapped on all cores (a cache miss at start-up waits for it).
        int chunkCount = Environment.ProcessorCount * 4;
        Parallel.For(0, chunkCount, chunk =>
        {
            int end = (int)((long)customers.Length * (chunk + 1) / chunkCount);
            for (int i = (int)((long)customers.Length * chunk / chunkCount); i < end; i++)
            {
                customers[i] = MapCustomer((SourceMapping)items[i]);
            }
        });
        return customers;
    }

    // One pass over the entry's fields (looking each field up by name scanned the entries fourteen times).
    private static Customer MapCustomer(SourceMapping customer)
    {
        string? id = null, name = null, tenantId = null, domain = null, status = null, access = null, portal = null, notes = null;
        IReadOnlyList<string>? expectedRoles = null, tags = null, aliases = null;
        IReadOnlyList<CustomerLink> links = [];
        IReadOnlyList<Contact> contacts = [];
        var entries = customer.Entries;
        for (int i = 0; i < entries.Count; i++)
        {
            SourceNode value = entries[i].Value;
            switch (entries[i].Key.Text)
            {
                case "id": id = Text(value); break;
                case "name": name = Text(value); break;
                case "tenantId": tenantId = Text(value); break;
                case "domain": domain = Text(value); break;
                case "status": status = Text(value); break;
                case "access": access = Text(value); break;
                case "portal": portal = Text(value); break;
                case "notes": notes = Text(value); break;
                case "expectedRoles": expectedRoles = List(value); break;
                case "tags": tags = List(value); break;
                case "aliases": aliases = List(value); break;
                case "links": links = Objects(value, l => new CustomerLink(Text(l, "name")!, Text(l, "url")!.Trim())); break;
                case "contacts": contacts = Objects(value, c => new Contact(Text(c, "name"), Text(c, "email"), Text(c, "phone"))); break;
            }
        }

        return new Customer
        {
            Id = id!,
            Name = name!.Trim(),
            TenantId = tenantId!,
            Domain = domain,
            Status = status switch
            {
                "onboarding" => CustomerStatus.Onboarding,
                "offboarded" => CustomerStatus.Offboarded,
                _ => CustomerStatus.Active,
            },
            Access = access == "b2b" ? AccessKind.B2b : AccessKind.Gdap,
            ExpectedRoles = expectedRoles,
            Tags = tags ?? [],
            Aliases = aliases ?? [],
            Portal = portal,
            Links = links,
            Contacts = contacts,
            Notes = notes,
            Line = customer.Start.Line,
        };
    }

    private static Cloud ParseCloud(string? cloud) => cloud switch
    {
        "usgov" => Cloud.UsGov,
        "usgovhigh" => Cloud.UsGovHigh,
        "dod" => Cloud.DoD,
        "china" => Cloud.China,
        _ => Cloud.Global,
    };

    private static string? Text(SourceMapping mapping, string key) => mapping.FindString(key)?.Text;

    // As SourceMapping.FindString: a non-blank string, else nothing.
    private static string? Text(SourceNode value) =>
        value is SourceScalar { IsString: true } scalar && !string.IsNullOrWhiteSpace(scalar.Text) ? scalar.Text : null;

    private static List<string>? List(SourceMapping mapping, string key) => mapping.Find(key) is { } value ? List(value) : null;

    private static List<string>? List(SourceNode value) =>
        value is SourceSequence sequence ? sequence.Items.Cast<SourceScalar>().Select(s => s.Text.Trim()).ToList() : null;

    private static IReadOnlyList<T> Objects<T>(SourceNode value, Func<SourceMapping, T> map)
    {
        if (value is not SourceSequence { Items.Count: > 0 } sequence)
        {
            return [];
        }

        var mapped = new T[sequence.Items.Count];
        for (int i = 0; i < mapped.Length; i++)
        {
            mapped[i] = map((SourceMapping)sequence.Items[i]);
        }

        return mapped;
    }
}
