using System.CommandLine;

namespace MsspTui.Commands;

/// <summary>
/// System.CommandLine hands an unknown `--option` to a free-text argument, and the next token to an option that takes a
/// value even when that token is another option: refuse both, so a typo'd option is an error, not a search for
/// "--bogus", and `drift --output --json` does not write a file named "--json". Ids, names, aliases, tags, portals
/// and paths worth giving do not start with '-' (a file that does can be written ./-name).
/// </summary>
public static class OptionLikeArgument
{
    /// <summary>Adds the check to every option of <paramref name="root"/> and its commands that takes text.</summary>
    public static void RefuseAsOptionValues(Command root)
    {
        var seen = new HashSet<Option>();
        var commands = new Stack<Command>([root]);
        while (commands.TryPop(out Command? command))
        {
            foreach (Option option in command.Options)
            {
                if (seen.Add(option) && (option.ValueType == typeof(string) || option.ValueType == typeof(string[])))
                {
                    option.Validators.Add(result =>
                    {
                        foreach (var token in result.Tokens)
                        {
                            if (token.Value.Length > 1 && token.Value.StartsWith('-'))
                            {
                                result.AddError($"Option '{option.Name}' needs a value, not '{token.Value}' (see --help).");
                            }
                        }
                    });
                }
            }

            foreach (Command subcommand in command.Subcommands)
            {
                commands.Push(subcommand);
            }
        }
    }

    public static void Refuse(Argument argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-'))
                {
                    result.AddError($"Unrecognized option '{token.Value}' (see --help).");
                }
            }
        });
}
