using MsspTui.Core.Diagnostics;
using MsspTui.Core.Registry.Shape;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Validation;

namespace MsspTui.Core.Registry;

/// <summary>
/// Loads customers.yaml: reads it with hard limits, parses YAML with positions (refusing aliases, duplicate keys and
/// the like before anything is expanded), checks its shape and the semantic rules, then builds the model.
/// Cheap enough for start-up; the JSON Schema is evaluated only by <see cref="RegistryValidator"/>.
/// </summary>
public static class RegistryLoader
{
    /// <summary>
    /// Registries larger than this (20 MiB, roughly 120,000 customers) are refused unread. Sized so a 100,000-customer
    /// registry (about 17 MB) still loads for the picker; memory stays bounded at a small multiple of it.
    /// </summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;

    public static RegistryLoadResult Load(string path) => ToResult(AnalyzeFile(path));

    public static RegistryLoadResult Parse(string text, string displayPath) => ToResult(AnalyzeText(text, displayPath));

    /// <summary>Loads a registry from bytes already read from <paramref name="path"/> (e.g. to key a cache on them).</summary>
    public static RegistryLoadResult Load(byte[] bytes, string path) =>
        ToResult(AnalyzeBytes(bytes, new DiagnosticSink(path), path, buildModel: true));

    /// <param name="buildModel">false when only the diagnostics are wanted (validate): the model is then not built.</param>
    /// <param name="alongside">A further check of the tree the caller needs (validate: the schema precheck), run with the
    /// loader's own checks, customer by customer (<see cref="RegistryAnalysis.Verdict"/>).</param>
    internal static RegistryAnalysis AnalyzeFile(string path, bool buildModel = true, TreeVerdict? alongside = null)
    {
        var sink = new DiagnosticSink(path);
        byte[]? bytes = RegistryFileReader.Read(path, sink);
        return bytes is null ? new RegistryAnalysis(null, true, sink, null) : AnalyzeBytes(bytes, sink, path, buildModel, alongside);
    }

    internal static RegistryAnalysis AnalyzeBytes(byte[] bytes, string path, bool buildModel, TreeVerdict? alongside) =>
        AnalyzeBytes(bytes, new DiagnosticSink(path), path, buildModel, alongside);

    private static RegistryAnalysis AnalyzeBytes(byte[] bytes, DiagnosticSink sink, string path, bool buildModel, TreeVerdict? alongside = null)
    {
        string? text = RegistryTextDecoder.Decode(bytes, sink);
        return text is null ? new RegistryAnalysis(null, true, sink, null) : Analyze(text, sink, path, buildModel, alongside);
    }

    internal static RegistryAnalysis AnalyzeText(string text, string displayPath, bool buildModel = true, TreeVerdict? alongside = null)
    {
        var sink = new DiagnosticSink(displayPath);
        byte[] bytes;
        try
        {
            bytes = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(text);
        }
        catch (System.Text.EncoderFallbackException)
        {
            sink.Add(DiagnosticCodes.NotUtf8Text, SourcePosition.FileStart, "the text contains an unpaired surrogate and cannot be UTF-8");
            return new RegistryAnalysis(null, true, sink, null);
        }

        if (bytes.Length > MaxFileBytes)
        {
            sink.Add(DiagnosticCodes.FileTooLarge, SourcePosition.FileStart, $"the registry is larger than the {MaxFileBytes / 1024 / 1024} MiB limit");
            return new RegistryAnalysis(null, true, sink, null);
        }

        // The same byte-level checks as for a file: empty input, control characters.
        string? checkedText = RegistryTextDecoder.Decode(bytes, sink);
        return checkedText is null ? new RegistryAnalysis(null, true, sink, null) : Analyze(checkedText, sink, displayPath, buildModel, alongside);
    }

    private static RegistryAnalysis Analyze(string text, DiagnosticSink sink, string sourcePath, bool buildModel, TreeVerdict? alongside)
    {
        var root = YamlTreeBuilder.Build(text, sink);
        if (root is null)
        {
            return new RegistryAnalysis(null, true, sink, null);
        }

        var parts = RegistryParts.Of(root);
        if (!StructureChecker.Check(parts.Shell, sink))
        {
            return new RegistryAnalysis(root, false, sink, null);
        }

        bool? verdict = alongside?.Shell(parts.Shell);
        if (parts.Shell is SourceMapping shell)
        {
            var context = RegistryRules.CheckShell(shell, sink);
            bool? customers = CustomerChecks.Run(parts.Customers, context, sink, alongside?.Customer);
            verdict = alongside is null ? null : TreeVerdict.Both(verdict, customers);
        }

        var registry = sink.HasErrors || !buildModel ? null : RegistryMapper.Map((SourceMapping)root, sourcePath);
        return new RegistryAnalysis(root, true, sink, registry) { Verdict = verdict };
    }

    private static RegistryLoadResult ToResult(RegistryAnalysis analysis) =>
        new(analysis.Registry, DiagnosticOrder.Sort(analysis.Sink.Items));
}
