using CsCheck;
using MsspTui.Core.Matching;
using Xunit;

namespace MsspTui.Core.Tests.Matching;

public class FrecencyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Recent_visits_weigh_more_than_old_ones()
    {
        var book = new FrecencyBook([
            new FrecencyEntry("old", 5, Now.AddDays(-60)),
            new FrecencyEntry("recent", 2, Now.AddDays(-1)),
        ]);

        Assert.Equal(150, book.Score("old", Now));
        Assert.Equal(200, book.Score("recent", Now));
        Assert.Equal(0, book.Score("never", Now));
    }

    [Fact]
    public void Recording_a_visit_counts_it_and_moves_the_last_visit()
    {
        var book = new FrecencyBook();
        book.RecordVisit("fabrikam", Now.AddDays(-3));
        book.RecordVisit("FABRIKAM", Now);

        FrecencyEntry entry = book.Find("fabrikam")!;
        Assert.Equal(2, entry.Visits);
        Assert.Equal(Now, entry.LastVisit);
    }

    [Fact]
    public void Empty_filter_order_puts_recent_customers_first_then_the_rest_by_name()
    {
        var book = new FrecencyBook([
            new FrecencyEntry("zeta", 3, Now.AddHours(-1)),
            new FrecencyEntry("beta", 1, Now.AddHours(-2)),
        ]);
        string?[] ids = ["alpha", "beta", "gamma", "zeta", null];
        string[] names = ["Alpha", "Beta", "gamma", "Zeta", "Delta (unregistered)"];

        int[] order = CustomerOrder.ByFrecencyThenName(ids, names, book, Now);

        Assert.Equal([3, 1, 0, 4, 2], order);
    }

    [Fact]
    public void Unvisited_customers_are_in_case_insensitive_ordinal_order_of_their_names()
    {
        Gen.OneOf(Gen.Char[' ', '~'], Gen.Char['\u00c0', '\u024f'], Gen.Char['\u0391', '\u03c9'], Gen.Char['\u4e00', '\u4e10'])
            .Array[1, 12].Select(chars => new string(chars))
            .HashSet[0, 200].Sample(unique =>
            {
                string[] names = unique.DistinctBy(n => n.ToUpperInvariant()).ToArray();
                var ids = new string?[names.Length];
                int[] order = CustomerOrder.ByFrecencyThenName(ids, names, new FrecencyBook(), Now);

                string[] expected = names.Order(StringComparer.OrdinalIgnoreCase).ToArray();
                Assert.Equal(expected, order.Select(row => names[row]));
            });
    }

    [Fact]
    public void State_file_round_trips()
    {
        var book = new FrecencyBook([new FrecencyEntry("fabrikam", 4, Now), new FrecencyEntry("contoso", 1, Now.AddDays(-9))]);

        FrecencyBook read = FrecencyJson.Parse(FrecencyJson.Write(book));

        Assert.Equal(book.Entries.OrderBy(e => e.CustomerId), read.Entries.OrderBy(e => e.CustomerId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"version\":2,\"visits\":[]}")]
    [InlineData("{\"version\":1,\"visits\":{}}")]
    [InlineData("{\"version\":1,\"visits\":[{\"id\":\"a\"")]
    public void A_corrupt_state_file_reads_as_empty(string text)
    {
        Assert.Empty(FrecencyJson.Parse(text).Entries);
    }

    [Fact]
    public void Bad_entries_are_skipped_and_good_ones_kept()
    {
        const string text = """
            {"version":1,"visits":[
              {"id":"good","count":2,"last":"2026-11-27T10:00:00+00:00"},
              {"id":"","count":2,"last":"2026-11-27T10:00:00+00:00"},
              {"id":"negative","count":-1,"last":"2026-11-27T10:00:00+00:00"},
              {"id":"baddate","count":1,"last":"yesterday"},
              "junk"
            ]}
            """;

        Assert.Equal(["good"], FrecencyJson.Parse(text).Entries.Select(e => e.CustomerId));
    }
}
