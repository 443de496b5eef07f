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
        Status = status;
        Findings = findings;
        _tags = tags;
        _aliases = aliases;
    }

    private readonly IReadOnlyList<string> _tags;
    private readonly IReadOnlyList<string> _aliases;
    private SearchDocument? _search;
    private string? _tagsText;

    public Customer? Customer { get; }

    public string Name { get; }

    public string Id { get; }

    public string TenantId { get; }

    /// <summary>The tags as one text, joined when the row is first drawn: 10,000 joined up front were a megabyte of fresh memory before the first frame.</summary>
    public string Tags => _tagsText ??= string.Join(' ', _tags);

    public string Status { get; }

    public IReadOnlyList<PickerFinding> Findings { get; }

    /// <summary>Built on first use (the first keystroke, or a warm-up after the first frame), not before the first frame.</summary>
    public SearchDocument Search => _search ??= new SearchDocument(Name, Id, TenantId, _tags, _aliases);

    public static PickerRow For(Customer customer, IReadOnlyList<PickerFinding> findings) =>
        new(customer, customer.Name, customer.Id, customer.TenantId, customer.Tags, customer.Aliases,
            customer.Status switch
            {
                CustomerStatus.Onboarding => "onboarding",
                CustomerStatus.Offboarded => "offboarded",
                _ => "active",
            }, findings);

    public static PickerRow For(PickerUnregisteredTenant tenant) =>
        new(null, tenant.DisplayName ?? tenant.TenantId, string.Empty, tenant.TenantId, [], [], "unregistered", tenant.Findings);
}
