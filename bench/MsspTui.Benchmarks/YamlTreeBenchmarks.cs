using BenchmarkDotNet.Attributes;
using MsspTui.Core.Registry.Yaml;

namespace MsspTui.Benchmarks;

/// <summary>The YAML tree alone: the fast reader against the YamlDotNet path it falls back to, on the same text.</summary>
[MemoryDiagnoser]
public class YamlTreeBenchmarks
{
    private string _text = "";

    [Params(1_000, 10_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void WriteText() => _text = SyntheticRegistry.Yaml(Customers);

    [Benchmark(Baseline = true)]
    public object? YamlDotNet() => YamlTreeBuilder.BuildWithYamlDotNet(_text, new DiagnosticSink("bench.yaml"));

    [Benchmark]
    public object? FastReader() => FastYamlReader.TryRead(_text) ?? throw new InvalidOperationException("the synthetic registry should take the fast path");
}
