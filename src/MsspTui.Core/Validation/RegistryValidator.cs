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
    public static IReadOnlyList<Diagnostic> Validate(string path) => Complete(RegistryLoader.AnalyzeFile(path, buildModel: false));

    public static IReadOnlyList<Diagnostic> ValidateText(string text, string displayPath) => Complete(RegistryLoader.AnalyzeText(text, displayPath, buildModel: false));

    private static IReadOnlyList<Diagnostic> Complete(RegistryAnalysis analysis)
    {
        var diagnostics = analysis.Sink.Items;
        if (analysis.Root is null || !analysis.SupportedVersion)
        {
            return DiagnosticOrder.Sort(diagnostics);
        }

        var schemaSink = new DiagnosticSink(analysis.Sink.File);

        // A registry the precheck confirms valid has no schema diagnostics; anything else is evaluated in full.
        if (RegistrySchema.Precheck?.IsValid(analysis.Root) == true)
        {
            return DiagnosticOrder.Sort(diagnostics);
        }

        using (var json = SourceJsonWriter.ToJsonDocument(analysis.Root))
        {
            var quick = RegistrySchema.Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag });
            if (!quick.IsValid)
            {
                var results = RegistrySchema.Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
                SchemaDiagnosticMapper.Map(results, analysis.Root, schemaSink);
            }
        }

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
}
