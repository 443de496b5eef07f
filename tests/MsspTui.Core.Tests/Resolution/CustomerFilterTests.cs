using MsspTui.Core.Matching;
using MsspTui.Core.Registry;
using MsspTui.Core.Resolution;
using MsspTui.Core.Tests.Registry;
using Xunit;

namespace MsspTui.Core.Tests.Resolution;

public sealed class CustomerFilterTests
{
    private static readonly IReadOnlyList<Customer> Example = RegistryLoader.Load(RepositoryFiles.ExampleRegistry).Registry!.InNameOrder();

    private static string[] Ids(string? query, params string[] tags) =>
        CustomerFilter.Apply(Example, query, tags).Select(c => c.Id).ToArray();

    [Fact]
    public void Letters_scattered_through_tenant_ids_match_nothing()
    {
        // Adatum, Café Lumière, Munson's and Woodgrove have f…a…b in their tenant ids, not as written.
        Assert.Equal(["fabrikam"], Ids("fab"));
    }

    [Theory]
    [InlineData("fab us", "fabrikam")]
    [InlineData("cafe lumiere", "cafe-lumiere")]
    [InlineData("  cafe   lumiere ", "cafe-lumiere")]
    [InlineData("C4ADA276-9389-472C-8154-A173920C2F89", "fabrikam")]
    [InlineData("c4ada276", "fabrikam")]
    [InlineData("C4ADA276", "fabrikam")]
    public void Space_separated_terms_and_tenant_ids_in_any_case_match_as_in_the_picker(string query, string id) =>
        Assert.Equal([id], Ids(query));

    [Fact]
    public void Keeps_the_order_given_and_combines_query_and_tags()
    {
        string[] all = Example.Select(c => c.Id).ToArray();

        Assert.Equal(all, Ids(null));
        Assert.Equal(all, Ids("   "));
        Assert.Equal(all.Where(Ids("tier").Contains), Ids("tier"));
        Assert.Equal(["litware"], Ids("lit", "UK"));
        Assert.Empty(Ids("fab", "eu"));
    }

    [Fact]
    public void Lists_exactly_the_rows_the_picker_shows_for_any_query_in_lower_case()
    {
        // The picker filters SearchDocuments of the same customers; list must agree row for row (ignoring case, where
        // the picker's smart case makes an upper-case term exact).
        var picker = new SearchIndex(Example.Select(SearchDocument.From).ToArray());
        var random = new Random(5);
        string letters = "abcdefiklmnorstuw0123456789- ";
        string[] queries = ["a", "e", "fab", "Fab", "FAB", "us eu", "tier2 eu", "ü", "桜", "sakura", "3f", "-4", "WOOD", "b a"];
        foreach (string query in queries.Concat(Enumerable.Range(0, 300).Select(_ =>
                     new string(Enumerable.Range(0, random.Next(1, 5)).Select(_ => letters[random.Next(letters.Length)]).ToArray()))))
        {
            string[] shown = picker.Filter(query.ToLowerInvariant()).Rows.ToArray().Select(row => Example[row].Id).Order().ToArray();

            Assert.Equal(shown, Ids(query).Order().ToArray());
        }
    }
}
