using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MsspTui.Core.Drift;

/// <summary>The <c>drift --format json</c> contract shape, written field by field (no reflection, AOT-safe).</summary>
public static class DriftReportJson
{
    // How much JSON is held before it goes to the writer: a report of 300,000 findings is 120 MB of JSON, and holding all
    // of it (bytes, then a string) took the process to 1.2 GB.
    private const int ChunkBytes = 64 * 1024;

    public static string Serialize(DriftReport report)
    {
        var text = new StringWriter();
        Write(report, text);
        return text.ToString();
    }

    /// <summary>Writes the report to <paramref name="output"/> as it goes, then a line break.</summary>
    public static void Write(DriftReport report, TextWriter output)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(ChunkBytes * 2);
        var chunks = new ChunkedOutput(buffer, output);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", DriftReport.SchemaVersion);
            json.WriteString("generatedAt", report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("registry", report.Registry);
            json.WriteBoolean("complete", report.Complete);

            json.WriteStartArray("sources");
            foreach (var source in report.Sources)
            {
                json.WriteStartObject();
                json.WriteString("name", source.Name.ToName());
                json.WriteString("status", SnapshotNames.Status(source.Status));
                WriteStringOrNull(json, "detail", source.Detail);
                json.WriteNumber("items", source.Items);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartObject("summary");
            json.WriteNumber("customers", report.Summary.Customers);
            json.WriteNumber("discovered", report.Summary.Discovered);
            json.WriteNumber("inSync", report.Summary.InSync);
            json.WriteNumber("findings", report.Summary.Findings);
            json.WriteEndObject();

            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("kind", finding.Kind.ToName());
                WriteStringOrNull(json, "customerId", finding.CustomerId);
                json.WriteString("tenantId", finding.TenantId);
                WriteStringOrNull(json, "displayName", finding.DisplayName);
                json.WriteString("severity", SnapshotNames.Severity(finding.Severity));
                json.WriteString("message", finding.Message);
                WriteValue(json, "expected", finding.Expected);
                WriteValue(json, "actual", finding.Actual);
                json.WriteEndObject();
                if (json.BytesPending + buffer.WrittenCount >= ChunkBytes)
                {
                    json.Flush();
                    chunks.Drain();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        chunks.Drain();
        output.Write('\n');
    }

    /// <summary>Moves the UTF-8 written so far to the text writer (a decoder carries any split character over).</summary>
    private sealed class ChunkedOutput(System.Buffers.ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
        private char[] _chars = [];

        public void Drain()
        {
            ReadOnlySpan<byte> bytes = buffer.WrittenSpan;
            int needed = _decoder.GetCharCount(bytes, flush: false);
            if (_chars.Length < needed)
            {
                _chars = new char[Math.Max(needed, ChunkBytes * 2)];
            }

            int count = _decoder.GetChars(bytes, _chars, flush: false);
            output.Write(_chars, 0, count);
            buffer.ResetWrittenCount();
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteValue(Utf8JsonWriter json, string name, DriftValue value)
    {
        if (value.Items is { } items)
        {
            json.WriteStartArray(name);
            foreach (var item in items)
            {
                json.WriteStringValue(item);
            }

            json.WriteEndArray();
        }
        else
        {
            WriteStringOrNull(json, name, value.Text);
        }
    }
}
