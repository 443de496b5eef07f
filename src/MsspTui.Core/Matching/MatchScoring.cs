namespace MsspTui.Core.Matching;

/// <summary>
/// fzf v2's scoring constants and per-position bonus (junegunn/fzf src/algo/algo.go): matches score 16, a gap costs
/// 3 to open and 1 per extra character, and a match right after a boundary (space, separator, camelCase hump,
/// letter→digit) earns a bonus that a run of consecutive matches keeps.
/// </summary>
internal static class MatchScoring
{
    public const int ScoreMatch = 16;
    public const int ScoreGapStart = -3;
    public const int ScoreGapExtension = -1;
    public const int BonusBoundary = ScoreMatch / 2;
    public const int BonusNonWord = ScoreMatch / 2;
    public const int BonusCamel123 = BonusBoundary + ScoreGapExtension;
    public const int BonusConsecutive = -(ScoreGapStart + ScoreGapExtension);
    public const int BonusFirstCharMultiplier = 2;
    public const int BonusBoundaryWhite = BonusBoundary + 2;
    public const int BonusBoundaryDelimiter = BonusBoundary + 1;

    public static CharClass Classify(char c)
    {
        if (c is >= 'a' and <= 'z')
        {
            return CharClass.Lower;
        }

        if (c is >= 'A' and <= 'Z')
        {
            return CharClass.Upper;
        }

        if (c is >= '0' and <= '9')
        {
            return CharClass.Number;
        }

        if (c is ' ' or '\t' or '\n' or '\r')
        {
            return CharClass.White;
        }

        if (c is '/' or ',' or ':' or ';' or '|' or '-' or '_' or '.' or '@')
        {
            return CharClass.Delimiter;
        }

        if (c < 128)
        {
            return CharClass.NonWord;
        }

        if (char.IsLower(c))
        {
            return CharClass.Lower;
        }

        if (char.IsUpper(c))
        {
            return CharClass.Upper;
        }

        if (char.IsDigit(c))
        {
            return CharClass.Number;
        }

        if (char.IsLetter(c))
        {
            return CharClass.Letter;
        }

        return char.IsWhiteSpace(c) ? CharClass.White : CharClass.NonWord;
    }

    public static int Bonus(CharClass previous, CharClass current)
    {
        if (current > CharClass.NonWord)
        {
            switch (previous)
            {
                case CharClass.White:
                    return BonusBoundaryWhite;
                case CharClass.Delimiter:
                    return BonusBoundaryDelimiter;
                case CharClass.NonWord:
                    return BonusBoundary;
            }
        }

        if ((previous == CharClass.Lower && current == CharClass.Upper)
            || (previous != CharClass.Number && current == CharClass.Number))
        {
            return BonusCamel123;
        }

        return current switch
        {
            CharClass.NonWord or CharClass.Delimiter => BonusNonWord,
            CharClass.White => BonusBoundaryWhite,
            _ => 0,
        };
    }
}
