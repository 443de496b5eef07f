using MsspTui.Core.Registry.Yaml;

namespace MsspTui.Core.Validation;

/// <summary>
/// The fields of one customer the rules and the model look at, gathered in one pass over its entries (looking each up
/// by name scanned the entries a dozen times per customer). Text fields follow <see cref="SourceMapping.FindString"/>:
/// set only when the value is a non-blank string; the others hold whatever node the key has.
/// </summary>
internal readonly struct CustomerFields
{
    public SourceScalar? Id { get; private init; }

    public SourceScalar? Name { get; private init; }

    public SourceScalar? TenantId { get; private init; }

    public SourceScalar? Domain { get; private init; }

    public SourceScalar? Portal { get; private init; }

    public SourceScalar? Status { get; private init; }

    public SourceScalar? Access { get; private init; }

    public SourceScalar? Notes { get; private init; }

    public SourceNode? ExpectedRoles { get; private init; }

    public SourceNode? Links { get; private init; }

    public SourceNode? Contacts { get; private init; }

    public SourceNode? Tags { get; private init; }

    public SourceNode? Aliases { get; private init; }

    public static CustomerFields Of(SourceMapping customer)
    {
        SourceScalar? id = null, name = null, tenantId = null, domain = null, portal = null, status = null, access = null, notes = null;
        SourceNode? expectedRoles = null, links = null, contacts = null, tags = null, aliases = null;
        var entries = customer.Entries;
        for (int i = 0; i < entries.Count; i++)
        {
            var value = entries[i].Value;
            switch (entries[i].Key.Text)
            {
                case "id": id = Text(value); break;
                case "name": name = Text(value); break;
                case "tenantId": tenantId = Text(value); break;
                case "domain": domain = Text(value); break;
                case "portal": portal = Text(value); break;
                case "status": status = Text(value); break;
                case "access": access = Text(value); break;
                case "notes": notes = Text(value); break;
                case "expectedRoles": expectedRoles = value; break;
                case "links": links = value; break;
                case "contacts": contacts = value; break;
                case "tags": tags = value; break;
                case "aliases": aliases = value; break;
            }
        }

        return new CustomerFields
        {
            Id = id, Name = name, TenantId = tenantId, Domain = domain, Portal = portal, Status = status, Access = access, Notes = notes,
            ExpectedRoles = expectedRoles, Links = links, Contacts = contacts, Tags = tags, Aliases = aliases,
        };
    }

    private static SourceScalar? Text(SourceNode value) =>
        value is SourceScalar { IsNonBlankString: true } scalar ? scalar : null;
}
