namespace MsspTui.Core.Matching;

/// <summary>A successful match: its score (higher is better) and the matched character indices in the text.</summary>
public sealed record FuzzyMatch(int Score, IReadOnlyList<int> Positions);
