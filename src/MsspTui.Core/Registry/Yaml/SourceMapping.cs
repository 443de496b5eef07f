namespace MsspTui.Core.Registry.Yaml;

internal sealed class SourceMapping(SourcePosition start) : SourceNode(start)
{
    public List<SourceMappingEntry> Entries { get; } = [];

    public override string KindName => "a mapping";

    public SourceMappingEntry? FindEntry(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Text, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    public SourceNode? Find(string key) => FindEntry(key)?.Value;

    /// <summary>The value of <paramref name="key"/> when it is a non-empty string scalar.</summary>
    public SourceScalar? FindString(string key) =>
        Find(key) is SourceScalar { IsString: true } scalar && !string.IsNullOrWhiteSpace(scalar.Text) ? scalar : null;
}
