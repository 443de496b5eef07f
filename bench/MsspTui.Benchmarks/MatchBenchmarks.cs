using BenchmarkDotNet.Attributes;
using MsspTui.Core.Matching;

namespace MsspTui.Benchmarks;

/// <summary>
/// Filtering as the picker does it, per keystroke, as the registry grows. <see cref="Typed"/> types the query one
/// character at a time (each keystroke narrows the previous result, as in the picker); <see cref="Fresh"/> filters
/// every prefix from scratch (what each keystroke would cost without narrowing); <see cref="Backspace"/> deletes the
/// query one character at a time after typing it. Divide by the query length for the cost of one keystroke.
/// </summary>
[MemoryDiagnoser]
public class MatchBenchmarks
{
    private static readonly string[] Tags = ["tier1", "tier2", "tier3", "eu", "us", "apac", "finance", "health", "retail", "xdr", "mdr"];
    private static readonly Dictionary<int, SearchDocument[]> Documents = new();
    private SearchIndex _index = null!;

    [Params(10, 1_000, 10_000, 100_000)]
    public int Customers { get; set; }

    /// <summary>A word start that many names share, and two terms that leave one customer (at 10,000 and up).</summary>
    [Params("fab", "hum manu 9999")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void BuildIndex()
    {
        if (!Documents.TryGetValue(Customers, out SearchDocument[]? documents))
        {
            documents = Enumerable.Range(0, Customers).Select(Document).ToArray();
            Documents[Customers] = documents;
        }

        _index = new SearchIndex(documents);
    }

    /// <summary>
    /// Customer i of <see cref="SyntheticRegistry"/>, built directly: the loader refuses registries over 5 MiB
    /// (about 30,000 such customers), and loading is not what is measured here.
    /// </summary>
    private static SearchDocument Document(int i)
    {
        string name = SyntheticRegistry.Name(i);
        string id = $"c{i:D6}-{new string(name.ToLowerInvariant().TakeWhile(char.IsAsciiLetterLower).ToArray())}";
        var random = new Random(i);
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new SearchDocument(name, id, new Guid(bytes).ToString("D"), [Tags[i % Tags.Length], Tags[(i / 7) % Tags.Length]], []);
    }

    [Benchmark(Baseline = true)]
    public int Typed()
    {
        _index.Filter(string.Empty);
        int count = 0;
        for (int length = 1; length <= Query.Length; length++)
        {
            count = _index.Filter(Query[..length]).Count;
        }

        return count;
    }

    [Benchmark]
    public int Fresh()
    {
        int count = 0;
        for (int length = 1; length <= Query.Length; length++)
        {
            _index.Filter(string.Empty);
            count = _index.Filter(Query[..length]).Count;
        }

        return count;
    }

    [Benchmark]
    public int Backspace()
    {
        _index.Filter(string.Empty);
        _index.Filter(Query);
        int count = 0;
        for (int length = Query.Length - 1; length >= 1; length--)
        {
            count = _index.Filter(Query[..length]).Count;
        }

        return count;
    }
}
