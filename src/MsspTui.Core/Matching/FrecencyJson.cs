using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MsspTui.Core.Matching;

/// <summary>
/// The frecency state file: <c>{"version":1,"visits":[{"id":"fabrikam","count":3,"last":"2026-11-28T15:00:00+00:00"}]}</c>.
/// Reading is forgiving: a corrupt file or entry is skipped, never fatal (it only orders a list).
/// </summary>
public static class FrecencyJson
{
    public const int Version = 1;

    public static string Write(FrecencyBook book)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteStartArray("visits");
            foreach (FrecencyEntry entry in book.Entries.OrderBy(e => e.CustomerId, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("id", entry.CustomerId);
                writer.WriteNumber("count", entry.Visits);
                writer.WriteString("last", entry.LastVisit.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Parses the file's text; returns an empty book when it is not a version-1 frecency file.</summary>
    public static FrecencyBook Parse(string text)
    {
        var entries = new List<FrecencyEntry>();
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out JsonElement version)
                || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out int v) || v != Version
                || !root.TryGetProperty("visits", out JsonElement visits)
                || visits.ValueKind != JsonValueKind.Array)
            {
                return new FrecencyBook();
            }

            foreach (JsonElement item in visits.EnumerateArray())
            {
                if (TryReadEntry(item) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }
        catch (JsonException)
        {
            return new FrecencyBook();
        }

        return new FrecencyBook(entries);
    }

    private static FrecencyEntry? TryReadEntry(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.Object
            && item.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String
            && item.TryGetProperty("count", out JsonElement count) && count.ValueKind == JsonValueKind.Number
            && count.TryGetInt32(out int visits) && visits > 0
            && item.TryGetProperty("last", out JsonElement last) && last.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(last.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset when)
            && id.GetString() is { Length: > 0 } customerId)
        {
            return new FrecencyEntry(customerId, visits, when);
        }

        return null;
    }
}
