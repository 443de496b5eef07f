namespace MsspTui.Core.Registry.Yaml;

/// <summary>
/// Puts YamlDotNet's syntax errors in the words of the mistakes people make editing a registry by hand — a tab for
/// indentation, a value holding ": ", a quote or bracket left open, an apostrophe inside '…', a line indented off its
/// level — with the fix, keeping the parser's own words after it. A tab is also reported where it is: the parser
/// places that error at the start of the enclosing mapping (line 1 for a tab in the customer list).
/// </summary>
internal static class YamlSyntaxHint
{
    /// <returns>The position and message to report, or null when the error is none of those mistakes.</returns>
    public static (SourcePosition Position, string Message)? Explain(string text, SourcePosition position, string parserMessage)
    {
        string[] lines = text.Split('\n');
        string line = position.Line <= lines.Length ? lines[position.Line - 1].TrimEnd('\r') : string.Empty;
        string said = $" (YAML parser: {parserMessage})";

        if (parserMessage.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(lines) is { } tab)
        {
            return (tab, "a tab indents this line; YAML indents with spaces only: replace the tab with spaces" + said);
        }

        if (UnclosedBracket(lines, position.Line) is { } bracket)
        {
            return (bracket.At, $"this '{bracket.Open}' is not closed: a list or mapping in brackets needs its '{bracket.Close}' (on the same line, or quote a value that holds one)" + said);
        }

        if (parserMessage.Contains("double-quoted scalar", StringComparison.Ordinal) && parserMessage.Contains("indentation", StringComparison.Ordinal))
        {
            return (position, "this quoted value is not closed on its line: add the closing '\"'" + said);
        }

        if (parserMessage.Contains("did not find expected key", StringComparison.Ordinal) && HasOddSingleQuotes(line))
        {
            return (position, "an apostrophe inside a '…' value ends it: write it twice ('it''s') or put the value in double quotes" + said);
        }

        if (parserMessage.Contains("did not find expected key", StringComparison.Ordinal) && LacksColon(line))
        {
            return (position, "this line has no ':' after its field name: write it as 'field: value'" + said);
        }

        if (parserMessage.Contains("multiline plain scalar", StringComparison.Ordinal) && parserMessage.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            return (position, "YAML reads this line as more of the text on the line above: is a ':' missing there, or is this line indented too deep?" + said);
        }

        if (parserMessage.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            int key = line.IndexOf(": ", StringComparison.Ordinal);
            return key >= 0 && line.IndexOf(": ", key + 2, StringComparison.Ordinal) > key
                ? (position, "this value holds ': ', which YAML reads as another key: put the value in quotes (name: \"A: B\")" + said)
                : (position, "this line is indented deeper than the field before it, so it cannot start a field there: line it up with the fields around it" + said);
        }

        if (parserMessage.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return (position, "this line is indented like the list's items but does not start with '- ': indent it like the fields above it, or start a new item with '- '" + said);
        }

        return null;
    }

    // A field line ("tenantId c4ada…") with no ':' that ends a key: not blank, not a comment, not a list item.
    private static bool LacksColon(string line)
    {
        string content = line.Trim();
        return content.Length > 0 && content[0] is not ('#' or '-' or '"' or '\'' or '[' or '{')
            && !content.EndsWith(':') && !content.Contains(": ", StringComparison.Ordinal) && !content.Contains(":\t", StringComparison.Ordinal);
    }

    private static SourcePosition? FirstIndentingTab(string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            // A tab before the line's first character, on a line that is not blank or a comment.
            int content = lines[i].AsSpan().IndexOfAnyExcept(' ', '\t');
            int tab = lines[i].IndexOf('\t');
            if (content >= 0 && tab >= 0 && tab < content && lines[i][content] is not ('#' or '\r'))
            {
                return new SourcePosition(i + 1, tab + 1);
            }
        }

        return null;
    }

    private readonly record struct Bracket(SourcePosition At, char Open, char Close);

    /// <summary>
    /// A '[' or '{' opening a flow list or mapping (where a value starts: after "key: ", "- " or inside another) that its
    /// line leaves open, on the line of the error or the three before it; quotes and comments skipped. A bracket
    /// inside plain text ("Contoso [EU]") opens nothing.
    /// </summary>
    private static Bracket? UnclosedBracket(string[] lines, int lastLine)
    {
        for (int i = Math.Min(lastLine, lines.Length) - 1; i >= Math.Max(0, lastLine - 4); i--)
        {
            var open = new Stack<(int Column, char Open)>();
            string line = lines[i].TrimEnd('\r');
            char quote = '\0';
            bool valueStarts = true;
            for (int c = 0; c < line.Length; c++)
            {
                char ch = line[c];
                bool spaceAfter = c + 1 >= line.Length || line[c + 1] == ' ';
                if (quote != '\0')
                {
                    quote = ch == quote ? '\0' : quote;
                }
                else if (ch == ' ')
                {
                    continue;
                }
                else if (ch == '#' && (c == 0 || line[c - 1] == ' '))
                {
                    break;
                }
                else if (valueStarts && ch is '"' or '\'')
                {
                    quote = ch;
                    valueStarts = false;
                }
                else if (valueStarts && ch is '[' or '{')
                {
                    open.Push((c, ch));
                }
                else if ((ch == ':' && spaceAfter) || (ch == '-' && spaceAfter && valueStarts) || (ch == ',' && open.Count > 0))
                {
                    valueStarts = true;
                }
                else if (ch is ']' or '}' && open.Count > 0)
                {
                    open.Pop();
                    valueStarts = false;
                }
                else
                {
                    valueStarts = false;
                }
            }

            if (open.Count > 0 && quote == '\0')
            {
                var (column, bracket) = open.Peek();
                return new Bracket(new SourcePosition(i + 1, column + 1), bracket, bracket == '[' ? ']' : '}');
            }
        }

        return null;
    }

    private static bool HasOddSingleQuotes(string line) => line.Count(c => c == '\'') % 2 == 1;
}
