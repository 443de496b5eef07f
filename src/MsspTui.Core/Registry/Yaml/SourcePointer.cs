namespace MsspTui.Core.Registry.Yaml;

/// <summary>Finds the YAML node a JSON Pointer (RFC 6901) names, and the key it hangs from.</summary>
internal static class SourcePointer
{
    public static (SourceNode? Node, SourceKey? Key) Resolve(SourceNode root, string pointer)
    {
        SourceNode? node = root;
        SourceKey? key = null;
        if (pointer.Length == 0 || pointer == "#")
        {
            return (root, null);
        }

        bool fragment = pointer.StartsWith('#');
        foreach (string rawToken in pointer.TrimStart('#').Split('/').Skip(1))
        {
            string token = (fragment ? Uri.UnescapeDataString(rawToken) : rawToken).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            switch (node)
            {
                case SourceMapping mapping when mapping.FindEntry(token) is { } entry:
                    node = entry.Value;
                    key = entry.Key;
                    break;
                case SourceSequence sequence when int.TryParse(token, out int index) && index >= 0 && index < sequence.Items.Count:
                    node = sequence.Items[index];
                    key = null;
                    break;
                default:
                    return (node, key);
            }
        }

        return (node, key);
    }
}
