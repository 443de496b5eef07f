using MsspTui.Core.Registry.Shape;
using MsspTui.Core.Validation;

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

    // The fields gathered in one pass, as the rules gather them (looking each up by name scanned the entries fourteen times).
    private static Customer MapCustomer(SourceMapping customer)
    {
        var fields = CustomerFields.Of(customer);
        return new Customer
        {
            Id = fields.Id!.Text,
            Name = fields.Name!.Text.Trim(),
            TenantId = fields.TenantId!.Text,
            Domain = fields.Domain?.Text,
            Status = fields.Status?.Text switch
            {
                "onboarding" => CustomerStatus.Onboarding,
                "offboarded" => CustomerStatus.Offboarded,
                _ => CustomerStatus.Active,
            },
            Access = fields.Access?.Text == "b2b" ? AccessKind.B2b : AccessKind.Gdap,
            ExpectedRoles = fields.ExpectedRoles is { } roles ? List(roles) : null,
            Tags = fields.Tags is { } tags ? List(tags) ?? [] : [],
            Aliases = fields.Aliases is { } aliases ? List(aliases) ?? [] : [],
            Portal = fields.Portal?.Text,
            Links = fields.Links is { } links ? Objects(links, l => new CustomerLink(Text(l, "name")!, Text(l, "url")!.Trim())) : [],
            Contacts = fields.Contacts is { } contacts ? Objects(contacts, c => new Contact(Text(c, "name"), Text(c, "email"), Text(c, "phone"))) : [],
            Notes = fields.Notes?.Text,
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
