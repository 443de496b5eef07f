using MsspTui.Core.Matching;
using Xunit;

namespace MsspTui.Core.Tests.Matching;

public class SearchIndexTests
{
    [Fact]
    public void A_document_holds_every_search_field()
    {
        var document = new SearchDocument("Fabrikam, Inc.", "fabrikam", "0F3C1D2E-1111-4A2B-8C3D-4E5F60718293", ["Tier1", "eu"], ["fab"]);

        Assert.Equal(Enum.GetValues<SearchField>().Length, SearchDocument.FieldsPerDocument);
        Assert.Equal(["Fabrikam, Inc.", "fabrikam", "fab", "Tier1 eu", "0F3C1D2E-1111-4A2B-8C3D-4E5F60718293"],
            Enum.GetValues<SearchField>().Select(document.Field));
        Assert.Equal("tier1 eu", document.LowerFieldAt((int)SearchField.Tags));
    }

    private static readonly SearchDocument[] Documents =
    [
        new("Fabrikam, Inc.", "fabrikam", "0f3c6c1e-0000-4000-8000-000000000001", ["tier1", "eu"], ["fab"]),
        new("Contoso Ltd", "contoso", "1a2b3c4d-0000-4000-8000-000000000002", ["tier2"], []),
        new("Tailspin Toys", "tailspin", "2b3c4d5e-0000-4000-8000-000000000003", ["retail", "us"], ["zqx"]),
        new("Wide World Importers", "wwi", "3c4d5e6f-0000-4000-8000-000000000004", ["tier1", "us"], []),
    ];

    private static string[] Ids(SearchIndex index, SearchResult result) =>
        result.Rows.ToArray().Select(r => index[r].Field(SearchField.Id)).ToArray();

    [Fact]
    public void Empty_query_lists_rows_in_the_base_order()
    {
        var index = new SearchIndex(Documents);
        index.SetBaseOrder([2, 0, 3, 1]);

        Assert.Equal(["tailspin", "fabrikam", "wwi", "contoso"], Ids(index, index.Filter("")));
    }

    [Fact]
    public void Matches_every_field_name_id_aliases_tags_and_tenant_id()
    {
        var index = new SearchIndex(Documents);

        Assert.Equal(["tailspin"], Ids(index, index.Filter("zqx")));
        Assert.Equal(["fabrikam"], Ids(index, index.Filter("0f3c6c1e")));
        Assert.Equal(["wwi"], Ids(index, index.Filter("wwi")));
        Assert.Equal(["contoso"], Ids(index, index.Filter("tier2")));
        Assert.Equal(["tailspin", "wwi"], Ids(index, index.Filter("us")).Order().ToArray());
    }

    [Fact]
    public void Terms_are_anded()
    {
        var index = new SearchIndex(Documents);

        Assert.Equal(["wwi"], Ids(index, index.Filter("tier1 us")));
        Assert.Empty(Ids(index, index.Filter("tier1 retail")));
    }

    [Fact]
    public void Better_scores_rank_first_and_ties_keep_the_base_order()
    {
        var index = new SearchIndex(Documents);
        index.SetBaseOrder([3, 2, 1, 0]);

        // Every row has a "t" at the start of a word (Tailspin, tier1, tier2, Importers is not but tier1 is): a tie.
        Assert.Equal(["wwi", "tailspin", "contoso", "fabrikam"], Ids(index, index.Filter("t")));

        // "to" starts the word "Toys" but sits inside "Contoso".
        Assert.Equal(["tailspin", "contoso"], Ids(index, index.Filter("to")));
    }

    [Fact]
    public void Highlight_marks_the_characters_in_the_field_where_each_term_matched()
    {
        var index = new SearchIndex(Documents);
        var positions = new List<int>();

        index.Highlight(0, "fab eu", SearchField.Name, positions);
        Assert.Equal([0, 1, 2], positions);

        index.Highlight(0, "fab eu", SearchField.Tags, positions);
        Assert.Equal([6, 7], positions);
    }

    [Fact]
    public void Narrowing_incrementally_gives_the_same_result_as_filtering_from_scratch()
    {
        var random = new Random(7);
        string[] syllables = ["fab", "ri", "kam", "con", "to", "so", "wi", "de", "tail", "spin", "東京", " ", "-"];
        SearchDocument[] many = Enumerable.Range(0, 3000).Select(i =>
        {
            string name = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => syllables[random.Next(syllables.Length)]));
            return new SearchDocument(name, $"c{i}", Guid.NewGuid().ToString(), [syllables[random.Next(syllables.Length)]], []);
        }).ToArray();
        var incremental = new SearchIndex(many);
        string[] queries = ["f", "fa", "fab", "fab ", "fab k", "fab kA", "t", "ta", "tai", "tail s", "東", "東京"];

        foreach (string query in queries)
        {
            int[] narrowed = incremental.Filter(query).Rows.ToArray();
            int[] scratch = new SearchIndex(many).Filter(query).Rows.ToArray();

            Assert.Equal(scratch, narrowed);
        }
    }

    [Fact]
    public void Filtering_many_rows_allocates_nothing_per_row()
    {
        SearchDocument[] many = Enumerable.Range(0, 20_000)
            .Select(i => new SearchDocument($"Customer {i} Holdings", $"customer-{i}", Guid.NewGuid().ToString(), ["tier1"], ["alias"]))
            .ToArray();
        var index = new SearchIndex(many);
        index.Filter("cus hol");
        index.Filter("x");

        long before = GC.GetAllocatedBytesForCurrentThread();
        index.Filter("cus");
        index.Filter("cus hol");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A few small arrays for the parsed query are fine; one object per row (20,000) would be far more.
        Assert.True(allocated < 20_000, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Filter_keeps_exactly_the_rows_where_every_term_matches_some_field_alone()
    {
        // The index skips fields by a character summary and scores one-character terms by a shortcut;
        // matching each field on its own with FuzzyMatcher is the plain definition they must agree with.
        var random = new Random(11);
        string[] parts = ["Fab", "ri", "KAM", "con", "to", "Zürich", "Ødegaard", "東京", "9", "42", "-", " ", "_x", "K"];
        SearchDocument[] documents = Enumerable.Range(0, 2000).Select(_ =>
        {
            string Pick() => string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => parts[random.Next(parts.Length)]));
            return new SearchDocument(Pick(), Pick(), string.Empty, [Pick()], [Pick()]);
        }).ToArray();
        var index = new SearchIndex(documents);
        string[] queries = ["f", "k", "K", "9", "ü", "ø", "東", "fk", "Fab", "kam 42", "z ri", "x9", "_", "-k", "KA", "京"];

        foreach (string query in queries)
        {
            QueryTerm[] terms = QueryTerm.ParseQuery(query);
            int[] expected = Enumerable.Range(0, documents.Length)
                .Where(row => terms.All(term => Enum.GetValues<SearchField>()
                    .Any(field => FuzzyMatcher.IsMatch(term.Pattern, documents[row].Field(field)))))
                .Order()
                .ToArray();

            Assert.Equal(expected, index.Filter(query).Rows.ToArray().Order().ToArray());
        }
    }

    [Theory]
    [InlineData("C4ADA276-9389-472C-8154-A173920C2F89")]
    [InlineData("C4ADA276")]
    [InlineData("c4ada276-9389-472C")]
    [InlineData("A173920C2F89")]
    public void A_tenant_id_matches_in_any_case_although_an_upper_case_term_is_case_sensitive_elsewhere(string query)
    {
        // Given a tenant id stored in lower case and another stored in upper case
        var index = new SearchIndex(
        [
            new SearchDocument("Fabrikam, Inc.", "fabrikam", "c4ada276-9389-472c-8154-a173920c2f89", [], []),
            new SearchDocument("Contoso", "contoso", "C4ADA276-0000-4000-8000-000000000002", [], []),
        ]);

        // When the id is typed or pasted in either case, it finds its customer
        Assert.Contains(0, index.Filter(query).Rows.ToArray());
        Assert.Contains(0, index.Filter(query.ToLowerInvariant()).Rows.ToArray());
    }

    [Fact]
    public void Upper_case_terms_stay_case_sensitive_in_names()
    {
        var index = new SearchIndex([new SearchDocument("Fabrikam, Inc.", "fabrikam", "c4ada276-9389-472c-8154-a173920c2f89", [], [])]);

        Assert.Equal(1, index.Filter("Fab").Count);
        Assert.Equal(0, index.Filter("FAB").Count);
        Assert.Equal(1, index.Filter("Fab C4ADA").Count);
        Assert.Equal(0, index.Filter("FAB C4ADA").Count);
    }

    [Fact]
    public void An_upper_case_tenant_id_is_highlighted()
    {
        var index = new SearchIndex([new SearchDocument("Fabrikam, Inc.", "fabrikam", "c4ada276-9389-472c-8154-a173920c2f89", [], [])]);
        var positions = new List<int>();

        index.Highlight(0, "C4ADA", SearchField.TenantId, positions);

        Assert.Equal([0, 1, 2, 3, 4], positions);
    }

    [Fact]
    public void Scattered_letters_match_no_tenant_id_in_either_case()
    {
        var index = new SearchIndex([new SearchDocument("Contoso", "contoso", "f0a0b000-0000-4000-8000-000000000001", [], [])]);

        Assert.Equal(0, index.Filter("fab").Count);
        Assert.Equal(0, index.Filter("FAB").Count);
        Assert.Equal(1, index.Filter("F0A0B").Count);
    }

    [Theory]
    [InlineData("fab", MatchKind.WordStart)]
    [InlineData("inc", MatchKind.WordStart)]
    [InlineData("Fab", MatchKind.WordStart)]
    [InlineData("brik", MatchKind.Anywhere)]
    [InlineData("fab brik", MatchKind.Anywhere)]
    [InlineData("frkm", MatchKind.LettersInOrder)]
    [InlineData("fab frkm", MatchKind.LettersInOrder)]
    [InlineData("north", MatchKind.WordStart)]
    [InlineData("eu", MatchKind.WordStart)]
    [InlineData("7a1b", MatchKind.WordStart)]
    [InlineData("7A1B", MatchKind.WordStart)]
    [InlineData("c0ff", MatchKind.Anywhere)]
    [InlineData("zzz", null)]
    [InlineData("FAB", null)]
    public void Closeness_is_the_loosest_term_at_its_closest_field(string query, MatchKind? expected)
    {
        // The tenant id's groups are not words: "c0ff" after a dash is only "anywhere".
        var index = new SearchIndex([new SearchDocument("Fabrikam, Inc.", "fabrikam", "7a1b2c3d-c0ff-4000-8000-000000000001", ["tier1", "eu"], ["north-wind"])]);

        Assert.Equal(expected, index.Closeness(0, query));
        Assert.Equal(expected is not null, index.Filter(query).Count == 1);
    }

    [Fact]
    public void A_one_character_query_highlights_its_best_occurrence()
    {
        var index = new SearchIndex([new SearchDocument("Towers West Side", "tws", "", [], [])]);
        var positions = new List<int>();

        index.Highlight(0, "w", SearchField.Name, positions);

        // The w of "West" starts a word; the earlier one in "Towers" does not.
        Assert.Equal([7], positions);
    }
}
