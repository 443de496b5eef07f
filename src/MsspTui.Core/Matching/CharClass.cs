namespace MsspTui.Core.Matching;

/// <summary>Character classes that decide fzf's boundary bonuses.</summary>
internal enum CharClass : byte
{
    White,
    NonWord,
    Delimiter,
    Lower,
    Upper,
    Letter,
    Number,
}
