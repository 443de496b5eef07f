using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MsspTui.Core.IO;

namespace MsspTui.Core.Drift;

/// <summary>The <c>drift --format json</c> contract shape, written field by field (no reflection, AOT-safe).</summary>
public static class DriftReportJson
{
    public static string Serialize(DriftReport report)
    {
        var text = new StringWriter();
        Write(report, text);
        return text.ToString();
    }

    /// <summary>Writes the report to <paramref name="output"/> as it goes, then a line break.</summary>
    public static void Write(DriftReport report, TextWriter output)
    {
        // A report of 300,000 findings is 120 MB of JSON; held whole (bytes, then a string) it took the process to 1.2 GB.
        using var pieces = new JsonTextOutput(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Utf8JsonWriter json = pieces.Json;
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
            pieces.PassOnWhenFull();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        pieces.Complete();
        output.Write('\n');
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
