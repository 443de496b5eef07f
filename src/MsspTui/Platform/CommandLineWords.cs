using System.Text;

namespace MsspTui.Platform;

/// <summary>
/// Splits a command line such as $BROWSER into words the way a POSIX shell would (quotes and backslashes),
/// without running a shell — as gh does with shlex. No expansion of variables, globs or operators.
/// </summary>
public static class CommandLineWords
{
    /// <returns>The words, or null when a quote is left open.</returns>
    public static IReadOnlyList<string>? Split(string commandLine)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        char quote = '\0';

        for (int i = 0; i < commandLine.Length; i++)
        {
            char c = commandLine[i];
            if (quote == '\'')
            {
                if (c == '\'') quote = '\0'; else word.Append(c);
            }
            else if (quote == '"')
            {
                if (c == '"')
                {
                    quote = '\0';
                }
                else if (c == '\\' && i + 1 < commandLine.Length && commandLine[i + 1] is '"' or '\\' or '$' or '`')
                {
                    word.Append(commandLine[++i]);
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                inWord = true;
                if (c is '\'' or '"')
                {
                    quote = c;
                }
                else if (c == '\\' && i + 1 < commandLine.Length)
                {
                    word.Append(commandLine[++i]);
                }
                else
                {
                    word.Append(c);
                }
            }
        }

        if (quote != '\0')
        {
            return null;
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
