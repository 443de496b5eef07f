using MsspTui.Core.Registry;

namespace MsspTui.Core.Matching;

/// <summary>
/// One searchable row. Lower-cased copies of the fields are made once here so that filtering never allocates.
/// Tags and aliases are each one space-separated field, which is also how the picker displays tags.
/// </summary>
public sealed class SearchDocument
{
    private static readonly int FieldCount = Enum.GetValues<SearchField>().Length;

    private readonly string[] _fields;
    private readonly string[] _lowerFields;
    private readonly ulong[] _masks;

    public SearchDocument(string name, string id, string tenantId, IEnumerable<string> tags, IEnumerable<string> aliases)
    {
        _fields = new string[FieldCount];
        _fields[(int)SearchField.Name] = name;
        _fields[(int)SearchField.Id] = id;
        _fields[(int)SearchField.Aliases] = Join(aliases);
        _fields[(int)SearchField.Tags] = Join(tags);
        _fields[(int)SearchField.TenantId] = tenantId;
        _lowerFields = new string[FieldCount];
        _masks = new ulong[FieldCount];
        for (int i = 0; i < FieldCount; i++)
        {
            _lowerFields[i] = LowerCase.Of(_fields[i]);
            _masks[i] = CharMask.Of(_lowerFields[i]);
            Mask |= _masks[i];
        }
    }

    public static SearchDocument From(Customer customer) =>
        new(customer.Name, customer.Id, customer.TenantId, customer.Tags, customer.Aliases);

    public static int FieldsPerDocument => FieldCount;

    public string Field(SearchField field) => _fields[(int)field];

    internal string FieldAt(int index) => _fields[index];

    internal string LowerFieldAt(int index) => _lowerFields[index];

    internal ulong MaskAt(int index) => _masks[index];

    /// <summary>Every character of every field, for rejecting a row before looking at its fields.</summary>
    internal ulong Mask { get; }

    // Most customers have one tag or alias, or none: no joining needed.
    private static string Join(IEnumerable<string> values) => values switch
    {
        IReadOnlyList<string> { Count: 0 } => string.Empty,
        IReadOnlyList<string> { Count: 1 } one => one[0],
        _ => string.Join(' ', values),
    };
}
