using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MsspTui.Core.Diagnostics;

/// <summary>
/// Renders diagnostics in the contract formats. Pure: the same diagnostics always give the same text, with "\n"
/// line ends. text: `file:line:column: error MSSP101: message`; github: workflow commands (`::error file=…`) that
/// GitHub Actions turns into annotations on the changed lines; json: `{"valid", "diagnostics": […]}`.
/// </summary>
public static class DiagnosticFormatter
{
    public static string Format(IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format) => format switch
    {
        DiagnosticFormat.GitHub => GitHub(diagnostics),
        DiagnosticFormat.Json => Json(diagnostics),
        _ => Text(diagnostics),
    };

    public static string Text(IReadOnlyList<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var d in diagnostics)
        {
            builder.Append(FormatText(d)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>One diagnostic in the text format, without a line end.</summary>
    public static string FormatText(Diagnostic d) =>
        string.Create(CultureInfo.InvariantCulture, $"{d.File}:{d.Line}:{d.Column}: {SeverityName(d.Severity)} {d.Code}: {OneLine(d.Message)}");

    public static string GitHub(IReadOnlyList<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var d in diagnostics)
        {
            builder.Append(CultureInfo.InvariantCulture,
                $"::{SeverityName(d.Severity)} file={EscapeProperty(d.File)},line={d.Line},col={d.Column},title={EscapeProperty(d.Code)}::{EscapeData(d.Message)}\n");
        }

        return builder.ToString();
    }

    public static string Json(IReadOnlyList<Diagnostic> diagnostics)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("valid", IsValid(diagnostics));
            writer.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("code", d.Code);
                writer.WriteString("severity", SeverityName(d.Severity));
                writer.WriteString("message", d.Message);
                writer.WriteString("file", d.File);
                writer.WriteNumber("line", d.Line);
                writer.WriteNumber("column", d.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>A one-line human summary ("customers.yaml: 2 errors, 1 warning") for stderr.</summary>
    public static string Summary(string file, IReadOnlyList<Diagnostic> diagnostics)
    {
        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = diagnostics.Count - errors;
        if (errors == 0 && warnings == 0)
        {
            return $"{file}: valid";
        }

        string verdict = errors == 0 ? "valid, " : string.Empty;
        return $"{file}: {verdict}{Count(errors, "error")}, {Count(warnings, "warning")}";
    }

    public static bool IsValid(IReadOnlyList<Diagnostic> diagnostics) => diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);

    public static string SeverityName(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";

    /// <summary>Escapes a workflow command's message as @actions/core does (escapeData).</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a workflow command's property value as @actions/core does (escapeProperty).</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";

    private static string OneLine(string message) => message.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
