using Json.Schema;
using MsspTui.Core.Diagnostics;
using MsspTui.Core.Registry;
using MsspTui.Core.Registry.Yaml;

namespace MsspTui.Core.Validation;

/// <summary>
/// The full check `mssp-tui validate` runs: everything <see cref="RegistryLoader"/> checks, plus the JSON Schema
/// (schema/customers.schema.json) evaluated by JsonSchema.Net with each error mapped back to its YAML node.
/// A schema error at a position the loader already reported is not repeated. A registry <see cref="SchemaPrecheck"/>
/// confirms valid skips the JSON conversion and evaluation (which would find nothing).
/// </summary>
public static class RegistryValidator
{
    /// <summary>
    /// The registry file's diagnostics. A file <see cref="CleanRegistryScan"/> confirms clean has none; any other is
    /// read and checked in full.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Validate(string path) =>
        CleanRegistryScan.IsCertainlyClean(path) ? [] : Complete(RegistryLoader.AnalyzeFile(path, buildModel: false, alongside: Precheck));

    /// <summary>The diagnostics of a registry given as the bytes of a file (the full check), and its tree if it could be read.</summary>
    internal static IReadOnlyList<Diagnostic> ValidateBytes(byte[] bytes, string displayPath, out SourceNode? root)
    {
        var analysis = RegistryLoader.AnalyzeBytes(bytes, displayPath, buildModel: false, alongside: Precheck);
        root = analysis.Root;
        return Complete(analysis);
    }

    public static IReadOnlyList<Diagnostic> ValidateText(string text, string displayPath) =>
        Complete(RegistryLoader.AnalyzeText(text, displayPath, buildModel: false, alongside: Precheck));

    // The schema's verdict, part by part: the document without its customers, then each customer against
    // #/definitions/customer (exact only because the schema says no more about the list than its item type).
    private static readonly TreeVerdict Precheck = new(
        shell => RegistrySchema.Precheck?.IsValid(shell),
        customer => RegistrySchema.CustomersAreItemsOnly ? RegistrySchema.CustomerPrecheck?.IsValid(customer) : null);

    private static IReadOnlyList<Diagnostic> Complete(RegistryAnalysis analysis)
    {
        var diagnostics = analysis.Sink.Items;
        if (analysis.Root is null || !analysis.SupportedVersion)
        {
            return DiagnosticOrder.Sort(diagnostics);
        }

        var schemaSink = new DiagnosticSink(analysis.Sink.File);

        // A registry the precheck confirms valid has no schema diagnostics; anything else goes to JsonSchema.Net.
        bool? precheck = analysis.Verdict;
        if (precheck == true)
        {
            return DiagnosticOrder.Sort(diagnostics);
        }

        EvaluateSchema(analysis.Root, schemaSink, precheck);

        var taken = diagnostics.Select(d => (d.Line, d.Column)).ToHashSet();
        var merged = new List<Diagnostic>(diagnostics);
        foreach (var diagnostic in schemaSink.Items)
        {
            if (taken.Add((diagnostic.Line, diagnostic.Column)))
            {
                merged.Add(diagnostic);
            }
        }

        return DiagnosticOrder.Sort(merged);
    }

    /// <summary>
    /// One quick pass (valid or not) over the whole document; only when it fails are error details collected,
    /// for the document without its customers and then for each failing customer on its own. Collecting details
    /// for a whole large document at once costs far more time and memory. The quick pass is skipped when the
    /// precheck already found the document invalid, and customers the precheck confirms valid are not evaluated:
    /// one mistake among 10,000 customers used to cost two passes of JsonSchema.Net over all of them (2.2 s, JIT).
    /// </summary>
    /// <param name="precheck">The schema precheck's verdict on the whole document (false: invalid; null: cannot tell).</param>
    internal static void EvaluateSchema(SourceNode root, DiagnosticSink sink, bool? precheck = null)
    {
        JsonSchemaLibrary.EnsureInitialized();
        var flag = new EvaluationOptions { OutputFormat = OutputFormat.Flag };
        var list = new EvaluationOptions { OutputFormat = OutputFormat.List };
        using var json = SourceJsonWriter.ToJsonDocument(root);
        if (precheck != false && RegistrySchema.Schema.Evaluate(json.RootElement, flag).IsValid)
        {
            return;
        }

        if (root is not SourceMapping { } mapping || mapping.Find("customers") is not SourceSequence customers)
        {
            SchemaDiagnosticMapper.Map(RegistrySchema.Schema.Evaluate(json.RootElement, list), root, sink);
            return;
        }

        using (var shell = SourceJsonWriter.ToJsonDocument(root, emptyListKey: "customers"))
        {
            var results = RegistrySchema.Schema.Evaluate(shell.RootElement, flag);
            if (!results.IsValid)
            {
                SchemaDiagnosticMapper.Map(RegistrySchema.Schema.Evaluate(shell.RootElement, list), root, sink);
            }
        }

        SchemaPrecheck? customerPrecheck = RegistrySchema.CustomerPrecheck;

        // Walked in step with the tree: indexing a JsonDocument array whose items are objects walks it from the start
        // each time, which made a registry where every customer fails the precheck quadratic (40,000: 14.5 s).
        int index = -1;
        foreach (var item in json.RootElement.GetProperty("customers").EnumerateArray())
        {
            index++;
            if (customerPrecheck?.IsValid(customers.Items[index]) == true)
            {
                continue;
            }

            if (!RegistrySchema.Customer.Evaluate(item, flag).IsValid)
            {
                SchemaDiagnosticMapper.Map(RegistrySchema.Customer.Evaluate(item, list), root, sink, $"/customers/{index}");
            }
        }
    }
}
