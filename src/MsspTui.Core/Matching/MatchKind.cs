namespace MsspTui.Core.Matching;

/// <summary>How closely a query matches a row (<see cref="SearchIndex.Closeness"/>), closest first.</summary>
public enum MatchKind
{
    /// <summary>Every term at the start of a word of some field: "fab" in "Fabrikam, Inc." or "north-fab".</summary>
    WordStart,

    /// <summary>Every term unbroken in some field, some of them inside a word: "brik" in "Fabrikam".</summary>
    Anywhere,

    /// <summary>Some term only as letters in order: "frkm" in "Fabrikam", "fab" in "First Atlantic Bank".</summary>
    LettersInOrder,
}
