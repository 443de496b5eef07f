using MsspTui.Core.Registry.Shape;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Validation;

namespace MsspTui.Core.Registry;

/// <summary>
/// Checks every customer entry once, all checks in a row: structure, the per-customer
/// rules and secret scan, and the caller's <see cref="TreeVerdict.Customer"/>. A large registry is checked in chunks
/// on all cores, each chunk into its own sink, merged in order. Then the rules that compare customers.
/// (Four separate walks over 10,000 customers, two per core, were most of a native `validate` after parsing.)
/// </summary>
internal static class CustomerChecks
{
    private const int ChunksPerCore = 4;

    /// <returns>The combined verdict of <paramref name="verdict"/> over all customers (true when there are none).</returns>
    public static bool? Run(List<SourceNode> customers, RulesContext context, DiagnosticSink sink, Func<SourceNode, bool?>? verdict)
    {
        var keys = new CustomerKeys[customers.Count];
        int chunkCount = customers.Count >= LargeRegistry.CustomersFrom ? Environment.ProcessorCount * ChunksPerCore : 1;
        var sinks = new DiagnosticSink[chunkCount];
        var verdicts = new bool?[chunkCount];

        void CheckChunk(int chunk)
        {
            int from = (int)((long)customers.Count * chunk / chunkCount);
            int to = (int)((long)customers.Count * (chunk + 1) / chunkCount);
            var chunkSink = new DiagnosticSink(sink.File);
            bool? chunkVerdict = true;
            for (int i = from; i < to; i++)
            {
                var item = customers[i];
                StructureChecker.CheckCustomer(item, chunkSink);
                keys[i] = RegistryRules.CheckCustomer(item, context, chunkSink);
                if (verdict is not null && chunkVerdict != false)
                {
                    chunkVerdict = TreeVerdict.Both(chunkVerdict, verdict(item));
                }
            }

            sinks[chunk] = chunkSink;
            verdicts[chunk] = chunkVerdict;
        }

        if (chunkCount == 1)
        {
            CheckChunk(0);
        }
        else
        {
            Parallel.For(0, chunkCount, CheckChunk);
        }

        bool? combined = true;
        for (int chunk = 0; chunk < chunkCount; chunk++)
        {
            sink.AddFrom(sinks[chunk]);
            combined = TreeVerdict.Both(combined, verdicts[chunk]);
        }

        RegistryRules.CheckAcross(keys, sink);
        return combined;
    }
}
