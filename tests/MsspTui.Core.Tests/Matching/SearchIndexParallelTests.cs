using MsspTui.Core.Matching;
using Xunit;

namespace MsspTui.Core.Tests.Matching;

public sealed class SearchIndexParallelTests
{
    private static readonly string[] Words = ["Contoso", "Fabrikam", "Northwind", "Humongous", "Woodgrove", "東京", "Zürich", "Bank", "Health", "Manufacturing", "GmbH", "Inc."];

    [Fact]
    public void Scanning_on_all_cores_gives_exactly_the_single_core_result_fresh_and_narrowing()
    {
        var documents = Enumerable.Range(0, 30_000).Select(Document).ToArray();
        var sequential = new SearchIndex(documents) { ParallelThreshold = int.MaxValue };
        var parallel = new SearchIndex(documents) { ParallelThreshold = 0 };
        int[] order = Enumerable.Range(0, documents.Length).Reverse().ToArray();
        sequential.SetBaseOrder(order);
        parallel.SetBaseOrder(order);

        foreach (string query in new[] { "f", "fa", "fab", "fab 1", "fab 12", "x", "", "H", "Hu", "Humongous Manufacturing 9", "東", "zur", "c000", "zzzz" })
        {
            int[] expected = sequential.Filter(query).Rows.ToArray();
            int[] actual = parallel.Filter(query).Rows.ToArray();

            Assert.Equal(expected, actual);
        }

        Assert.True(sequential.Filter("fab").Count > 1_000, "the queries must leave enough rows to compare");
    }

    private static SearchDocument Document(int i) => new(
        $"{Words[i % Words.Length]} {Words[(i / 7) % Words.Length]} {i}",
        $"c{i:D6}",
        new Guid(i, 0, 0, new byte[8]).ToString("D"),
        [Words[(i / 3) % Words.Length].ToLowerInvariant()],
        []);
}
