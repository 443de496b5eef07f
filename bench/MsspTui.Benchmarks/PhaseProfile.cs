using System.Diagnostics;
using Json.Schema;
using MsspTui.Core.Registry;
using MsspTui.Core.Registry.Shape;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Validation;

namespace MsspTui.Benchmarks;

/// <summary>
/// `profile FILE [RUNS]`: times each phase of load and validate separately, first (cold, as a CLI run pays it) and
/// the median of the following runs, in CPU milliseconds, to show where the time goes.
/// </summary>
public static class PhaseProfile
{
    // Bytes allocated by the last run of each phase, on all threads.
    private static readonly Dictionary<string, long> Allocations = [];

    public static void Run(string path, int runs, TextWriter output)
    {
        var phases = new Dictionary<string, List<double>>();
        for (int run = 0; run < runs; run++)
        {
            var sink = new DiagnosticSink(path);
            byte[] bytes = Time(phases, "read", () => RegistryFileReader.Read(path, sink)!);
            string text = Time(phases, "decode", () => RegistryTextDecoder.Decode(bytes, sink)!);
            Time(phases, "yaml tree (YamlDotNet)", () => YamlTreeBuilder.BuildWithYamlDotNet(text, new DiagnosticSink(path))!);
            var root = Time(phases, "yaml tree (fast reader)", () => FastYamlReader.TryRead(text)) ?? YamlTreeBuilder.BuildWithYamlDotNet(text, sink)!;
            Time(phases, "structure", () => StructureChecker.Check(root, sink));
            var parts = RegistryParts.Of(root);
            var context = Time(phases, "shell rules", () => RegistryRules.CheckShell((SourceMapping)parts.Shell, sink));
            Time(phases, "customer checks (all cores)", () => CustomerChecks.Run(parts.Customers, context, sink, c => RegistrySchema.CustomerPrecheck?.IsValid(c)));
            var registry = Time(phases, "map", () => RegistryMapper.Map((SourceMapping)root, path));
            var byName = Time(phases, "name order", () => MsspTui.Core.Matching.NameOrder.Of([.. registry.Customers.Select(c => c.Name)]));
            var entry = Time(phases, "cache entry (serialise)", () => MsspTui.Core.Registry.Cache.RegistryBinaryFormat.Write(registry with { CustomersByName = byName }, bytes));
            Time(phases, "cache entry (file)", () =>
            {
                MsspTui.Core.IO.AtomicFile.WriteAllBytes(Path.Combine(Path.GetTempPath(), "mssp-tui-profile-entry.bin"), entry);
                return entry.Length;
            });
            Time(phases, "sort", () => MsspTui.Core.Diagnostics.DiagnosticOrder.Sort(sink.Items));
            Time(phases, "schema precheck", () => RegistrySchema.Precheck?.IsValid(root));
            var json = Time(phases, "to json", () => SourceJsonWriter.ToJsonDocument(root));
            var schema = Time(phases, "schema build", () => RegistrySchema.Schema);
            Time(phases, "schema eval (flag)", () => schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid);
            Time(phases, "Load (total)", () => RegistryLoader.Load(path));
            Time(phases, "fast path (one reader)", () => CleanRegistryScan.IsCertainlyClean(bytes, splitFrom: long.MaxValue));
            Time(phases, "fast path (two halves)", () => CleanRegistryScan.IsCertainlyClean(bytes, splitFrom: 0));
            Time(phases, "Validate (total)", () => RegistryValidator.Validate(path));
        }

        output.WriteLine($"{"phase",-28} {"first ms",10} {"median ms",10} {"allocated",12}");
        foreach (var (name, times) in phases)
        {
            var rest = times.Skip(1).Order().ToList();
            double median = rest.Count == 0 ? double.NaN : rest[rest.Count / 2];
            output.WriteLine($"{name,-28} {times[0],10:F1} {median,10:F1} {Allocations[name] / 1024.0 / 1024.0,9:F2} MB");
        }
    }

    private static T Time<T>(Dictionary<string, List<double>> phases, string name, Func<T> action)
    {
        // Process CPU time, not wall time: on a shared, loaded machine wall time mostly measures the neighbours.
        var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        T result = action();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        double ms = (process.TotalProcessorTime - start).TotalMilliseconds;
        if (!phases.TryGetValue(name, out var list))
        {
            phases[name] = list = [];
        }

        list.Add(ms);
        Allocations[name] = allocated;
        return result;
    }
}
