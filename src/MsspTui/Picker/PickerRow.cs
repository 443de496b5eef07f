using MsspTui.Core.Matching;
using MsspTui.Core.Registry;

namespace MsspTui.Picker;

/// <summary>One row of the list: a registry customer, or an unregistered tenant found by drift discovery.</summary>
public sealed class PickerRow
{
    private PickerRow(Customer? customer, string name, string id, string tenantId, IReadOnlyList<string> tags,
        IReadOnlyList<string> aliases, string status, IReadOnlyList<PickerFinding> findings)
    {
        Customer = customer;
        Name = name;
        Id = id;
        TenantId = tenantId;
        Tags = string.Join(' ', tags);
        Status = status;
        Findings = findings;
        Search = new SearchDocument(name, id, tenantId, tags, aliases);
    }

    public Customer? Customer { get; }

    public string Name { get; }

    public string Id { get; }

    public string TenantId { get; }

    public string Tags { get; }

    public string Status { get; }

    public IReadOnlyList<PickerFinding> Findings { get; }

    public SearchDocument Search { get; }

    public static PickerRow For(Customer customer, IReadOnlyList<PickerFinding> findings) =>
        new(customer, customer.Name, customer.Id, customer.TenantId, customer.Tags, customer.Aliases,
            StatusName(customer.Status), findings);

    private static string StatusName(CustomerStatus status) => status switch
    {
        CustomerStatus.Active => "active",
        CustomerStatus.Onboarding => "onboarding",
        CustomerStatus.Offboarded => "offboarded",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static PickerRow For(PickerUnregisteredTenant tenant) =>
        new(null, tenant.DisplayName ?? tenant.TenantId, string.Empty, tenant.TenantId, [], [], "unregistered", tenant.Findings);
}
