namespace MsspTui.Core.Text;

/// <summary>
/// Where above ASCII the characters are that are white space, separators or format characters, or that Unicode
/// draws as nothing: the checks that look for these (<see cref="Validation.FirstOccurrence"/>, the schema precheck)
/// ask Unicode's tables only about a character in these ranges. A name in Japanese or Greek then costs a comparison
/// a character, not two table look-ups. A test holds the ranges to the runtime's own tables for every character.
/// </summary>
internal static class SpaceAndFormatCharacters
{
    /// <summary>False when <paramref name="c"/> is certainly none of these characters.</summary>
    public static bool MayBeOne(char c) => c switch
    {
        <= '\u00AD' => true,
        '\u034F' => true,
        >= '\u0600' and <= '\u08E2' => true,
        '\u115F' or '\u1160' or '\u1680' or '\u17B4' or '\u17B5' => true,
        >= '\u180B' and <= '\u180F' => true,
        >= '\u2000' and <= '\u206F' => true,
        '\u3000' or '\u3164' => true,
        >= '\uFE00' and <= '\uFE0F' => true,
        >= '\uFEFF' => true,
        _ => false,
    };
}
