using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace MsspTui.Core.Registry.Yaml;

/// <summary>Converts a <see cref="SourceNode"/> tree (already free of aliases, depth-bounded) into JSON for schema evaluation.</summary>
internal static class SourceJsonWriter
{
    /// <param name="emptyListKey">A top-level key whose list is written empty (to check the rest of the document alone).</param>
    public static JsonDocument ToJsonDocument(SourceNode root, string? emptyListKey = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = false }))
        {
            if (emptyListKey is not null && root is SourceMapping mapping)
            {
                writer.WriteStartObject();
                foreach (var entry in mapping.Entries)
                {
                    writer.WritePropertyName(entry.Key.Text);
                    if (entry.Key.Text == emptyListKey && entry.Value is SourceSequence)
                    {
                        writer.WriteStartArray();
                        writer.WriteEndArray();
                    }
                    else
                    {
                        Write(writer, entry.Value);
                    }
                }

                writer.WriteEndObject();
            }
            else
            {
                Write(writer, root);
            }
        }

        return JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = YamlTreeBuilder.MaxDepth + 8 });
    }

    private static void Write(Utf8JsonWriter writer, SourceNode node)
    {
        switch (node)
        {
            case SourceMapping mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Entries)
                {
                    writer.WritePropertyName(entry.Key.Text);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case SourceSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case SourceScalar scalar:
                WriteScalar(writer, scalar);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, SourceScalar scalar)
    {
        switch (scalar.Type)
        {
            case ScalarType.Null:
                writer.WriteNullValue();
                break;
            case ScalarType.Boolean:
                writer.WriteBooleanValue(scalar.Text[0] is 't' or 'T');
                break;
            case ScalarType.Integer when TryParseInteger(scalar.Text, out var integer):
                writer.WriteRawValue(integer.ToString(CultureInfo.InvariantCulture));
                break;
            case ScalarType.Float when double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            default:
                writer.WriteStringValue(scalar.Text);
                break;
        }
    }

    public static bool TryParseInteger(string text, out BigInteger value)
    {
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            return BigInteger.TryParse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }

        if (text.StartsWith("0o", StringComparison.Ordinal))
        {
            value = BigInteger.Zero;
            foreach (char digit in text.AsSpan(2))
            {
                value = (value * 8) + (digit - '0');
            }

            return true;
        }

        return BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
