using System.CommandLine;

namespace MsspTui.Commands;

/// <summary>
/// System.CommandLine hands an unknown `--option` to a free-text argument; refuse that so a typo'd option is an error,
/// not a search for "--bogus". Ids, names and aliases worth searching for do not start with '-'.
/// </summary>
public static class OptionLikeArgument
{
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
