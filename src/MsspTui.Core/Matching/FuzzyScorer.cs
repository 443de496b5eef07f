namespace MsspTui.Core.Matching;

/// <summary>
/// fzf's "v2" algorithm: a Smith-Waterman-style alignment of the pattern against the text that finds the
/// best-scoring subsequence (not merely the first one), with an optional backtrack for the matched positions.
/// Buffers are reused between calls, so scoring a row allocates nothing; an instance is not thread-safe.
/// </summary>
public sealed class FuzzyScorer
{
    public const int NoMatch = int.MinValue;

    private int[] _scores = new int[256];
    private int[] _consecutive = new int[256];
    private int[] _bonus = new int[64];
    private int[] _first = new int[16];

    /// <summary>
    /// Scores <paramref name="pattern"/> against <paramref name="text"/>. <paramref name="comparable"/> is the text the
    /// characters are compared against (the lower-cased text for a case-insensitive pattern, else the text itself);
    /// bonuses come from <paramref name="text"/>. Returns <see cref="NoMatch"/> when the pattern is not a subsequence.
    /// When <paramref name="positions"/> is given, the matched indices are appended to it in ascending order.
    /// </summary>
    public int Score(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, ReadOnlySpan<char> comparable, List<int>? positions = null)
    {
        int m = pattern.Length;
        if (m == 0)
        {
            return 0;
        }

        if (m > comparable.Length)
        {
            return NoMatch;
        }

        if (m == 1)
        {
            return ScoreOneCharacter(pattern[0], text, comparable, positions);
        }

        EnsureCapacity(ref _first, m);
        int last = FindBounds(pattern, comparable, _first);
        if (last < 0)
        {
            return NoMatch;
        }

        int start = _first[0];
        int width = last - start + 1;
        EnsureCapacity(ref _bonus, width);
        EnsureCapacity(ref _scores, m * width);
        EnsureCapacity(ref _consecutive, m * width);
        int[] bonus = _bonus;
        int[] h = _scores;
        int[] c = _consecutive;

        CharClass previous = start > 0 ? MatchScoring.Classify(text[start - 1]) : CharClass.White;
        for (int col = 0; col < width; col++)
        {
            CharClass current = MatchScoring.Classify(text[start + col]);
            bonus[col] = MatchScoring.Bonus(previous, current);
            previous = current;
        }

        int maxScore = 0;
        int maxColumn = -1;

        // First pattern character: the row that seeds every alignment.
        char p0 = pattern[0];
        bool inGap = false;
        int leftScore = 0;
        for (int col = 0; col < width; col++)
        {
            // Unlike fzf, a later occurrence of the first character does not reset a better alignment that started
            // earlier ("ni" in "northWindImporters" keeps the n at 0 and takes the camel-case I).
            int carried = col > 0 ? Math.Max(leftScore + (inGap ? MatchScoring.ScoreGapExtension : MatchScoring.ScoreGapStart), 0) : 0;
            int score;
            if (comparable[start + col] == p0 && MatchScoring.ScoreMatch + (bonus[col] * MatchScoring.BonusFirstCharMultiplier) > carried)
            {
                score = MatchScoring.ScoreMatch + (bonus[col] * MatchScoring.BonusFirstCharMultiplier);
                c[col] = 1;
                inGap = false;
            }
            else
            {
                score = carried;
                c[col] = 0;
                inGap = true;
            }

            h[col] = score;
            leftScore = score;
            if (m == 1 && score > maxScore && c[col] == 1)
            {
                maxScore = score;
                maxColumn = col;
            }
        }

        for (int row = 1; row < m; row++)
        {
            char pc = pattern[row];
            int rowOffset = row * width;
            int firstColumn = _first[row] - start;
            for (int col = 0; col < firstColumn; col++)
            {
                h[rowOffset + col] = 0;
                c[rowOffset + col] = 0;
            }

            inGap = false;
            for (int col = firstColumn; col < width; col++)
            {
                int left = col > firstColumn ? h[rowOffset + col - 1] : 0;
                int s2 = left + (inGap ? MatchScoring.ScoreGapExtension : MatchScoring.ScoreGapStart);
                int s1 = 0;
                int consecutive = 0;
                if (comparable[start + col] == pc && col > 0)
                {
                    int diagonal = rowOffset - width + col - 1;
                    s1 = h[diagonal] + MatchScoring.ScoreMatch;
                    int b = bonus[col];
                    consecutive = c[diagonal] + 1;
                    if (consecutive > 1)
                    {
                        int firstBonus = bonus[col - consecutive + 1];
                        if (b >= MatchScoring.BonusBoundary && b > firstBonus)
                        {
                            consecutive = 1;
                        }
                        else
                        {
                            b = Math.Max(b, Math.Max(MatchScoring.BonusConsecutive, firstBonus));
                        }
                    }

                    if (s1 + b < s2)
                    {
                        s1 += bonus[col];
                        consecutive = 0;
                    }
                    else
                    {
                        s1 += b;
                    }
                }

                c[rowOffset + col] = consecutive;
                inGap = s1 < s2;
                int score = Math.Max(Math.Max(s1, s2), 0);
                h[rowOffset + col] = score;
                if (row == m - 1 && score > maxScore)
                {
                    maxScore = score;
                    maxColumn = col;
                }
            }
        }

        if (maxColumn < 0)
        {
            return NoMatch;
        }

        if (positions is not null)
        {
            Backtrack(m, width, start, maxColumn, positions);
        }

        return maxScore;
    }

    /// <summary>One character needs no alignment: the best is the occurrence with the biggest boundary bonus.</summary>
    private static int ScoreOneCharacter(char c, ReadOnlySpan<char> text, ReadOnlySpan<char> comparable, List<int>? positions)
    {
        int best = NoMatch;
        int bestIndex = -1;
        int index = comparable.IndexOf(c);
        while (index >= 0)
        {
            CharClass previous = index > 0 ? MatchScoring.Classify(text[index - 1]) : CharClass.White;
            int score = MatchScoring.ScoreMatch + (MatchScoring.Bonus(previous, MatchScoring.Classify(text[index])) * MatchScoring.BonusFirstCharMultiplier);
            if (score > best)
            {
                best = score;
                bestIndex = index;
            }

            int next = comparable[(index + 1)..].IndexOf(c);
            index = next < 0 ? -1 : index + 1 + next;
        }

        if (bestIndex >= 0)
        {
            positions?.Add(bestIndex);
        }

        return best;
    }

    private void Backtrack(int m, int width, int start, int column, List<int> positions)
    {
        int insertAt = positions.Count;
        int[] h = _scores;
        int[] c = _consecutive;
        int row = m - 1;
        int col = column;
        bool preferMatch = true;
        while (col >= 0)
        {
            int at = (row * width) + col;
            int s = h[at];
            int firstColumn = _first[row] - start;
            int diagonal = row > 0 && col > firstColumn ? h[at - width - 1] : 0;
            int left = col > firstColumn ? h[at - 1] : 0;
            if (s > diagonal && (s > left || (s == left && preferMatch)))
            {
                positions.Insert(insertAt, start + col);
                if (row == 0)
                {
                    return;
                }

                row--;
            }

            preferMatch = c[at] > 1 || (at + width + 1 < m * width && c[at + width + 1] > 0);
            col--;
        }
    }

    /// <summary>
    /// Records in <paramref name="first"/> the earliest index each pattern character can match at (greedy forward
    /// scan) and returns the last index worth scanning (the last occurrence of the final character), or -1 when the
    /// pattern is not a subsequence of the text.
    /// </summary>
    private static int FindBounds(ReadOnlySpan<char> pattern, ReadOnlySpan<char> comparable, int[] first)
    {
        int index = 0;
        for (int p = 0; p < pattern.Length; p++)
        {
            int found = comparable[index..].IndexOf(pattern[p]);
            if (found < 0)
            {
                return -1;
            }

            first[p] = index + found;
            index += found + 1;
        }

        return comparable.LastIndexOf(pattern[^1]);
    }

    private static void EnsureCapacity(ref int[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            buffer = new int[Math.Max(size, buffer.Length * 2)];
        }
    }
}
