namespace MsspTui.Core.Registry.Yaml;

/// <summary>
/// Where a large registry text can be cut in two for reading on two cores: at the start of a line of the top-level
/// `customers` list near the middle (that many spaces, then "- "). Found from the text alone; whether the cut is
/// clean is proven by reading both halves (<see cref="FastYamlReader"/> joins them only if they fit exactly).
/// </summary>
internal sealed record RegistryHalves(int Split, int SplitLine, int ItemColumn)
{
    public static RegistryHalves? Find(string text)
    {
        int key = text.StartsWith("customers:", StringComparison.Ordinal) ? 0 : text.IndexOf("\ncustomers:", StringComparison.Ordinal);
        if (key < 0)
        {
            return null;
        }

        // The first line after the key that holds anything but a comment shows how far the list's dashes are indented.
        int line = text.IndexOf('\n', key + 1) + 1;
        while (line > 0 && line < text.Length)
        {
            var rest = text.AsSpan(line);
            int indent = rest.IndexOfAnyExcept(' ');
            if (indent < 0)
            {
                return null;
            }

            if (rest[indent] is '\n' or '#')
            {
                line = text.IndexOf('\n', line) + 1;
                continue;
            }

            return rest[indent] == '-' && indent + 1 < rest.Length && rest[indent + 1] == ' ' ? Near(text, line, indent) : null;
        }

        return null;
    }

    private static RegistryHalves? Near(string text, int firstItem, int indent)
    {
        string marker = "\n" + new string(' ', indent) + "- ";
        int at = text.IndexOf(marker, Math.Max(firstItem, text.Length / 2), StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        int split = at + 1;
        return new RegistryHalves(split, 1 + text.AsSpan(0, split).Count('\n'), indent + 1);
    }
}
