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
            customers.Items.Cast<SourceMapping>().Select(MapCustomer).ToList(),
            sourcePath);
    }

    private static Customer MapCustomer(SourceMapping customer) => new()
    {
        Id = Text(customer, "id")!,
        Name = Text(customer, "name")!.Trim(),
        TenantId = Text(customer, "tenantId")!,
        Domain = Text(customer, "domain"),
        Status = Text(customer, "status") switch
        {
            "onboarding" => CustomerStatus.Onboarding,
            "offboarded" => CustomerStatus.Offboarded,
            _ => CustomerStatus.Active,
        },
        Access = Text(customer, "access") == "b2b" ? AccessKind.B2b : AccessKind.Gdap,
        ExpectedRoles = List(customer, "expectedRoles"),
        Tags = List(customer, "tags") ?? [],
        Aliases = List(customer, "aliases") ?? [],
        Portal = Text(customer, "portal"),
        Links = Objects(customer, "links").Select(l => new CustomerLink(Text(l, "name")!, Text(l, "url")!.Trim())).ToList(),
        Contacts = Objects(customer, "contacts").Select(c => new Contact(Text(c, "name"), Text(c, "email"), Text(c, "phone"))).ToList(),
        Notes = Text(customer, "notes"),
        Line = customer.Start.Line,
    };

    private static Cloud ParseCloud(string? cloud) => cloud switch
    {
        "usgov" => Cloud.UsGov,
        "usgovhigh" => Cloud.UsGovHigh,
        "dod" => Cloud.DoD,
        "china" => Cloud.China,
        _ => Cloud.Global,
    };

    private static string? Text(SourceMapping mapping, string key) => mapping.FindString(key)?.Text;

    private static List<string>? List(SourceMapping mapping, string key) =>
        mapping.Find(key) is SourceSequence sequence ? sequence.Items.Cast<SourceScalar>().Select(s => s.Text.Trim()).ToList() : null;

    private static IEnumerable<SourceMapping> Objects(SourceMapping mapping, string key) =>
        mapping.Find(key) is SourceSequence sequence ? sequence.Items.Cast<SourceMapping>() : [];
}
