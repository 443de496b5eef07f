using BenchmarkDotNet.Attributes;
using MsspTui.Core.Registry;
using MsspTui.Core.Validation;

namespace MsspTui.Benchmarks;

/// <summary>Load (what the picker does at start-up) and full validation (the CI gate) as the registry grows.</summary>
[MemoryDiagnoser]
public class RegistryBenchmarks
{
    private string _path = "";
    private string _everyCustomerWrongPath = "";
    private string _text = "";

    [Params(10, 1_000, 10_000, 100_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void WriteRegistry()
    {
        _path = Path.Combine(Path.GetTempPath(), $"mssp-bench-{Customers}.yaml");
        _text = SyntheticRegistry.Yaml(Customers);
        File.WriteAllText(_path, _text);

        // One mistake in every customer (a misspelt field): each one goes to JsonSchema.Net, as after a bad bulk edit.
        _everyCustomerWrongPath = Path.Combine(Path.GetTempPath(), $"mssp-bench-{Customers}-wrong.yaml");
        File.WriteAllText(_everyCustomerWrongPath, SyntheticRegistry.Yaml(Customers).Replace("    tags:", "    tagz:", StringComparison.Ordinal));
    }

    [GlobalCleanup]
    public void DeleteRegistry()
    {
        File.Delete(_path);
        File.Delete(_everyCustomerWrongPath);
    }

    [Benchmark]
    public int Load() => RegistryLoader.Load(_path).Registry!.Customers.Count;

    /// <summary>A valid registry: confirmed by the fast path (CleanRegistryScan) without building a tree.</summary>
    [Benchmark]
    public int Validate() => RegistryValidator.Validate(_path).Count;

    /// <summary>The same registry through the full check alone: what a registry the fast path cannot confirm costs.</summary>
    [Benchmark]
    public int ValidateFullCheck() => RegistryValidator.ValidateText(_text, _path).Count;

    [Benchmark]
    public int ValidateEveryCustomerWrong() => RegistryValidator.Validate(_everyCustomerWrongPath).Count;
}
