using Xunit;
using MsspTui.Core.Matching;

namespace MsspTui.Core.Tests.Matching;

public class FuzzyMatcherTests
{
    [Fact]
    public void Matches_a_subsequence_and_reports_the_matched_positions()
    {
        FuzzyMatch? match = FuzzyMatcher.Match("fbk", "Fabrikam, Inc.");

        Assert.NotNull(match);
        Assert.Equal([0, 2, 5], match.Positions);
    }

    [Fact]
    public void Does_not_match_when_a_character_is_missing_or_out_of_order()
    {
        Assert.Null(FuzzyMatcher.Match("kab", "Fabrikam"));
        Assert.False(FuzzyMatcher.IsMatch("fabz", "Fabrikam"));
        Assert.Null(FuzzyMatcher.Score("fabz", "Fabrikam"));
    }

    [Fact]
    public void Prefers_word_starts_over_the_first_occurrence()
    {
        // "ws" could take the w and s of "Towers"; the word starts of "West Side" score higher.
        FuzzyMatch? match = FuzzyMatcher.Match("ws", "Towers West Side");

        Assert.NotNull(match);
        Assert.Equal([7, 12], match.Positions);
    }

    [Fact]
    public void Word_start_matches_outrank_matches_inside_words()
    {
        int wordStart = FuzzyMatcher.Score("cc", "Contoso Cloud")!.Value;
        int inside = FuzzyMatcher.Score("cc", "Accenture")!.Value;

        Assert.True(wordStart > inside, $"{wordStart} should beat {inside}");
    }

    [Fact]
    public void Consecutive_runs_outrank_scattered_matches()
    {
        int run = FuzzyMatcher.Score("tail", "Tailspin Toys")!.Value;
        int scattered = FuzzyMatcher.Score("tail", "Trey Associates International")!.Value;

        Assert.True(run > scattered, $"{run} should beat {scattered}");
    }

    [Fact]
    public void CamelCase_humps_and_separators_count_as_word_starts()
    {
        // The i right after "n" would be closer; the one starting a hump or a dashed word scores higher.
        FuzzyMatch? camel = FuzzyMatcher.Match("ni", "northWindImporters");
        FuzzyMatch? dashed = FuzzyMatcher.Match("ni", "north-wind-importers");

        Assert.Equal([0, 9], camel!.Positions);
        Assert.Equal([0, 11], dashed!.Positions);
    }

    [Fact]
    public void Gaps_cost_points()
    {
        int tight = FuzzyMatcher.Score("ab", "xab")!.Value;
        int loose = FuzzyMatcher.Score("ab", "xaxxxxb")!.Value;

        Assert.True(tight > loose, $"{tight} should beat {loose}");
    }

    [Fact]
    public void Lower_case_query_ignores_case_upper_case_query_does_not()
    {
        Assert.True(FuzzyMatcher.IsMatch("fab", "FABRIKAM"));
        Assert.True(FuzzyMatcher.IsMatch("Fab", "Fabrikam"));
        Assert.False(FuzzyMatcher.IsMatch("Fab", "fabrikam"));
        Assert.False(FuzzyMatcher.IsMatch("FAB", "Fabrikam"));
    }

    [Fact]
    public void Space_separated_terms_must_all_match_in_any_order()
    {
        FuzzyMatch? match = FuzzyMatcher.Match("inc fab", "Fabrikam, Inc.");

        Assert.NotNull(match);
        Assert.Equal([0, 1, 2, 10, 11, 12], match.Positions);
        Assert.Null(FuzzyMatcher.Match("fab zzz", "Fabrikam, Inc."));
    }

    [Fact]
    public void An_empty_query_matches_everything_with_score_zero()
    {
        Assert.Equal(0, FuzzyMatcher.Score("  ", "anything"));
        Assert.Empty(FuzzyMatcher.Match("", "anything")!.Positions);
    }

    [Fact]
    public void Non_ascii_text_matches_and_positions_index_the_string()
    {
        FuzzyMatch? match = FuzzyMatcher.Match("東京", "株式会社 東京 Systems");

        Assert.Equal([5, 6], match!.Positions);
        Assert.True(FuzzyMatcher.IsMatch("ü", "Müller GmbH"));
    }

    [Fact]
    public void Positions_always_spell_the_query_in_order()
    {
        var random = new Random(42);
        const string alphabet = "abcAB -_x1";
        for (int i = 0; i < 2000; i++)
        {
            string text = RandomString(random, alphabet, random.Next(1, 30));
            string query = RandomString(random, "abcx1", random.Next(1, 4));
            FuzzyMatch? match = FuzzyMatcher.Match(query, text);
            bool isSubsequence = IsSubsequence(query, text.ToLowerInvariant());

            Assert.Equal(isSubsequence, match is not null);
            if (match is not null)
            {
                Assert.Equal(query.Length, match.Positions.Count);
                string spelled = new(match.Positions.Select(p => char.ToLowerInvariant(text[p])).ToArray());
                Assert.Equal(query, spelled);
            }
        }
    }

    private static bool IsSubsequence(string pattern, string text)
    {
        int at = 0;
        foreach (char c in text)
        {
            if (at < pattern.Length && pattern[at] == c)
            {
                at++;
            }
        }

        return at == pattern.Length;
    }

    private static string RandomString(Random random, string alphabet, int length) =>
        new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
}
