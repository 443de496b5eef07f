namespace MsspTui.Core.Registry.Yaml;

internal sealed class SourceMapping(SourcePosition start, int capacity = 0) : SourceNode(start)
{
    public List<SourceMappingEntry> Entries { get; } = new(capacity);

    public override string KindName => "a mapping";

    public SourceMappingEntry? FindEntry(string key)
    {
        // Indexing, not foreach: this runs for every field of every customer, several times over.
        List<SourceMappingEntry> entries = Entries;
        for (int i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Key.Text, key, StringComparison.Ordinal))
            {
                return entries[i];
            }
        }

        return null;
    }

    public SourceNode? Find(string key) => FindEntry(key)?.Value;

    /// <summary>The value of <paramref name="key"/> when it is a non-empty string scalar.</summary>
    public SourceScalar? FindString(string key) =>
        Find(key) is SourceScalar { IsNonBlankString: true } scalar ? scalar : null;
}
