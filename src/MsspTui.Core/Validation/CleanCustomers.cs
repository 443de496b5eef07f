using System.Text;
using MsspTui.Core.Portals;
using MsspTui.Core.Registry.Shape;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Text;

namespace MsspTui.Core.Validation;

/// <summary>
/// The checks `validate` runs on each customer entry and across them, applied to values as <see cref="CustomerBlockScanner"/>
/// reads them (no tree): the loader's shape (<see cref="StructureChecker"/>), the JSON Schema's customer definition
/// (compiled by <see cref="SchemaPrecheck"/>), the rules (<see cref="RegistryRules"/>) and uniqueness. Each method
/// answers "nothing to report so far"; false means something would be reported or cannot be ruled out.
/// </summary>
internal sealed class CleanCustomers
{
    internal enum Role
    {
        Other,
        Id,
        Name,
        TenantId,
        Domain,
        Portal,
        ExpectedRoles,
        Tags,
        Aliases,
    }

    /// <summary>One customer field both the shape and the schema know.</summary>
    internal sealed record Field(int Index, byte[] Key, FieldShape Shape, SchemaPrecheck.ValueCheck Schema, Role Kind)
    {
        /// <summary>Whether the checks of this field's value depend on nothing else (no uniqueness, no other field).</summary>
        public bool DependsOnValueOnly { get; } = Kind is Role.Other or Role.Tags or Role.ExpectedRoles;

        /// <summary>The key and ": ", as a line spells them.</summary>
        public byte[] KeyAndColon { get; } = [.. Key, (byte)':', (byte)' '];

        /// <summary>The first (up to) eight bytes of <see cref="KeyAndColon"/> as a little-endian word, and the mask of those bytes.</summary>
        public (ulong Word, ulong Mask) Prefix { get; } = PrefixOf(Key);

        /// <summary>
        /// Whether a value the shape accepts cannot spell a secret: a GUID is hexadecimal digits and dashes, none of
        /// which a secret's pattern needs (<see cref="SecretDetector.MaySpellSecret"/>; a test holds the two together).
        /// </summary>
        public bool ShapeRulesOutSecrets { get; } = Shape.Kind == FieldKind.Guid;

        /// <summary>Whether, for a value of printable ASCII, the shape's and the rules' checks of it imply the schema's.</summary>
        public bool SchemaImpliedInAscii { get; } = ChecksImply(Shape, Kind, Schema.SolePattern);
    }

    private static (ulong Word, ulong Mask) PrefixOf(byte[] key)
    {
        Span<byte> word = stackalloc byte[8];
        word.Clear();
        ReadOnlySpan<byte> keyAndColon = [.. key, (byte)':', (byte)' '];
        int length = Math.Min(8, keyAndColon.Length);
        keyAndColon[..length].CopyTo(word);
        return (System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(word), length == 8 ? ulong.MaxValue : (1UL << (8 * length)) - 1);
    }

    // The schema's pattern for a field, when what is checked of the field anyway implies it (SchemaImplicationTests
    // hold the pairs): for printable ASCII, which every regex flavour reads alike, the schema's check would add nothing.
    internal static bool ChecksImply(FieldShape shape, Role role, string? pattern) => pattern switch
    {
        SchemaPatterns.Guid => shape.Kind == FieldKind.Guid, // the shape's matcher is the schema's: TextPatterns.IsGuid
        SchemaPatterns.CustomerId => shape.Kind == FieldKind.CustomerId, // TextPatterns.IsCustomerId, likewise
        SchemaPatterns.NotBlank => true, // the shape accepts no blank text (StructureChecker.AcceptsText)
        SchemaPatterns.HostName => role == Role.Domain, // the domain rule's TextPatterns.IsDomainName is stricter
        _ => false,
    };

    private static readonly Lazy<(Field[] Fields, uint Required)?> Table = new(BuildTable);

    private readonly uint _required;
    private readonly DistinctTexts _ids;
    private readonly DistinctTexts _names;
    private readonly DistinctTexts _tenants;
    private readonly uint _portal;
    private readonly Field[][] _byFirstByte;
    private readonly List<string> _aliases = [];

    private uint _present;
    private bool _hasDomain;
    private bool _ownPortalNeedsDomain;

    private CleanCustomers(Field[] fields, uint required, int capacity)
    {
        _required = required;
        _ids = new DistinctTexts(capacity);
        _names = new DistinctTexts(capacity);
        _tenants = new DistinctTexts(capacity);
        _byFirstByte = Enumerable.Range(0, 128).Select(first => fields.Where(f => f.Key[0] == first).ToArray()).ToArray();
        _portal = fields.Where(f => f.Kind == Role.Portal).Aggregate(0u, (mask, f) => mask | (1u << f.Index));
    }

    /// <summary>Whether some customer has no domain and no portal of its own: the default portal must then not need one.</summary>
    public bool SomeUseDefaultPortalWithoutDomain { get; private set; }

    /// <summary>Whether a customer's tenant id may be <paramref name="tenantId"/> (the provider's, say).</summary>
    public bool MayHaveTenant(ReadOnlySpan<char> tenantId) => _tenants.MayContain(tenantId.Trim());

    /// <summary>The customer fields these checks know (none when the schema's customer definition is not a closed object this class can apply).</summary>
    internal static IReadOnlyList<Field> KnownFields => Table.Value?.Fields ?? [];

    /// <summary>The checks, or null when the schema's customer definition is not a closed object this class can apply.</summary>
    public static CleanCustomers? Create(int capacity) =>
        Table.Value is { } table ? new CleanCustomers(table.Fields, table.Required, capacity) : null;

    private static (Field[] Fields, uint Required)? BuildTable()
    {
        if (RegistrySchema.CustomerPrecheck?.AsClosedObject() is not { } schema || !RegistrySchema.CustomersAreItemsOnly)
        {
            return null;
        }

        var fields = new List<Field>();
        uint required = 0;
        foreach (var shape in RegistryShape.Customer.Fields)
        {
            // A key the scanner reads as a plain key: a letter, then letters and digits.
            if (!schema.Properties.TryGetValue(shape.Name, out var check) || SecretDetector.IsSecretKey(shape.Name) ||
                !char.IsAsciiLetter(shape.Name[0]) || !shape.Name.All(char.IsAsciiLetterOrDigit))
            {
                continue;
            }

            int index = fields.Count;
            fields.Add(new Field(index, Encoding.ASCII.GetBytes(shape.Name), shape, check, RoleOf(shape.Name)));
            if (shape.Required || schema.Required.Contains(shape.Name, StringComparer.Ordinal))
            {
                required |= 1u << index;
            }
        }

        // A required field the table cannot hold can never be present: no entry could be confirmed.
        bool allRequiredKnown = RegistryShape.Customer.Fields.Where(f => f.Required).Select(f => f.Name).Concat(schema.Required)
            .All(name => fields.Any(f => f.Shape.Name == name));
        return allRequiredKnown && fields.Count <= 32 ? (fields.ToArray(), required) : null;
    }

    private static Role RoleOf(string name) => name switch
    {
        "id" => Role.Id,
        "name" => Role.Name,
        "tenantId" => Role.TenantId,
        "domain" => Role.Domain,
        "portal" => Role.Portal,
        "expectedRoles" => Role.ExpectedRoles,
        "tags" => Role.Tags,
        "aliases" => Role.Aliases,
        _ => Role.Other,
    };

    /// <summary>
    /// The field whose key, then ": ", starts <paramref name="text"/> (a line without its indentation), or null: the
    /// key is not one the shape and the schema know, or is not followed by ": ".
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public Field? FindKeyOf(ReadOnlySpan<byte> text)
    {
        // Looked up for every line: only the keys with the line's first letter are compared, by their first eight
        // bytes as one word (the rest, for a longer key, after).
        if (text.IsEmpty || text[0] >= _byFirstByte.Length)
        {
            return null;
        }

        if (text.Length < 8)
        {
            foreach (var field in _byFirstByte[text[0]])
            {
                if (text.StartsWith(field.KeyAndColon))
                {
                    return field;
                }
            }

            return null;
        }

        ulong word = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(text);
        foreach (var field in _byFirstByte[text[0]])
        {
            var (prefix, mask) = field.Prefix;
            if ((word & mask) == prefix && (field.KeyAndColon.Length <= 8 || text.StartsWith(field.KeyAndColon)))
            {
                return field;
            }
        }

        return null;
    }

    public void Begin()
    {
        _present = 0;
        _hasDomain = false;
        _ownPortalNeedsDomain = false;
    }

    /// <summary>A field given twice is a duplicate key.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Mark(Field field)
    {
        uint bit = 1u << field.Index;
        if ((_present & bit) != 0)
        {
            return false;
        }

        _present |= bit;
        return true;
    }

    /// <summary>A string value of <paramref name="field"/>, on a line of which <paramref name="line"/> is known.</summary>
    public bool Text(Field field, ReadOnlySpan<char> value, LineFacts line)
    {
        bool printableAscii = line.PrintableAscii;
        if (!StructureChecker.AcceptsText(field.Shape, value) || (!(printableAscii && field.SchemaImpliedInAscii) && field.Schema.Text(value, printableAscii) != true) ||
            !RegistryRules.IsCleanValue(value, line))
        {
            return false;
        }

        switch (field.Kind)
        {
            case Role.Id:
                _ids.Add(value, printableAscii);
                return true;
            case Role.Name:
                // A name with invisible characters is left to the full check: without them, the name's key for
                // uniqueness (visible characters) is also its key as a search term (trimmed), which aliases are checked against.
                var visible = FirstOccurrence.Visible(value, printableAscii);
                _names.Add(visible, printableAscii);
                return visible.Length == Trimming.Trim(value, printableAscii).Length;
            case Role.TenantId:
                _tenants.Add(Trimming.Trim(value, printableAscii), printableAscii);
                return true;
            case Role.Domain:
                _hasDomain = true;
                return TextPatterns.IsDomainName(value);
            case Role.Portal:
                if (!RegistryRules.IsKnownPortal(value))
                {
                    return false;
                }

                _ownPortalNeedsDomain = PortalCatalog.Find(new string(value)) is { NeedsDomain: true };
                return true;
            case Role.Other:
                return true;
            default:
                return false;
        }
    }

    /// <summary>A flow list of string entries (<paramref name="items"/> of <paramref name="text"/>) as the value of <paramref name="field"/>.</summary>
    public bool TextList(Field field, ReadOnlySpan<char> text, ReadOnlySpan<Range> items, LineFacts line)
    {
        bool printableAscii = line.PrintableAscii;
        foreach (var item in items)
        {
            if (!StructureChecker.AcceptsListItem(field.Shape, text[item]) || !RegistryRules.IsCleanValue(text[item], line))
            {
                return false;
            }
        }

        if (field.Schema.TextList(text, items, printableAscii) != true)
        {
            return false;
        }

        switch (field.Kind)
        {
            case Role.ExpectedRoles:
                return RegistryRules.AreCleanRoles(text, items);
            case Role.Tags:
                return RegistryRules.AreDistinct(text, items);
            case Role.Aliases:
                foreach (var item in items)
                {
                    _aliases.Add(new string(text[item].Trim()));
                }

                return RegistryRules.AreDistinct(text, items);
            case Role.Other:
                return true;
            default:
                return false;
        }
    }

    /// <summary>The end of a customer entry: every required field there, and a portal that needs a domain has one.</summary>
    public bool End()
    {
        if ((_present & _required) != _required || (_ownPortalNeedsDomain && !_hasDomain))
        {
            return false;
        }

        SomeUseDefaultPortalWithoutDomain |= !_hasDomain && (_present & _portal) == 0;
        return true;
    }

    /// <summary>
    /// Readies the checks across customers for <paramref name="expectedCustomers"/> in all, by the reader that checked
    /// these (before <see cref="Merge"/>, on its own core).
    /// </summary>
    public void PrepareAcross(int expectedCustomers)
    {
        _ids.GroupFor(expectedCustomers);
        _names.GroupFor(expectedCustomers);
        _tenants.GroupFor(expectedCustomers);
    }

    /// <summary>Takes in the customers another reader checked (the second half of the list).</summary>
    public void Merge(CleanCustomers other)
    {
        SomeUseDefaultPortalWithoutDomain |= other.SomeUseDefaultPortalWithoutDomain;
        _aliases.AddRange(other._aliases);
        _ids.AddAll(other._ids);
        _names.AddAll(other._names);
        _tenants.AddAll(other._tenants);
    }

    /// <summary>The checks across customers: no id, name or tenant id twice, no alias naming another customer.</summary>
    public bool FinishAcross()
    {
        if (_ids.MayRepeat() || _names.MayRepeat() || _tenants.MayRepeat())
        {
            return false;
        }

        foreach (string alias in _aliases)
        {
            // What a search for the alias finds: a customer's id or name (the alias may be its own: left to the full check).
            if (_ids.MayContain(alias) || _names.MayContain(alias))
            {
                return false;
            }
        }

        return true;
    }
}
