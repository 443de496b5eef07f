using BenchmarkDotNet.Attributes;
using MsspTui.Core.Matching;
using MsspTui.Core.Registry;

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
        // Parsed once per size (in-process runs reuse it across queries): loading is not what is measured here.
        if (!Documents.TryGetValue(Customers, out SearchDocument[]? documents))
        {
            CustomerRegistry registry = RegistryLoader.Parse(SyntheticRegistry.Yaml(Customers), "bench.yaml").Registry
                ?? throw new InvalidOperationException("the synthetic registry does not load");
            documents = registry.Customers.Select(SearchDocument.From).ToArray();
            Documents[Customers] = documents;
        }

        _index = new SearchIndex(documents);
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
