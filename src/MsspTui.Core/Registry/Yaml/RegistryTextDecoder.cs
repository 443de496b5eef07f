using System.Buffers;
using System.Globalization;
using System.Text;
using MsspTui.Core.Diagnostics;

namespace MsspTui.Core.Registry.Yaml;

/// <summary>
/// Turns the raw bytes of a registry into text, refusing anything that is not plain UTF-8 text before a YAML
/// parser sees it: UTF-16/32 files, invalid byte sequences and control characters (binary content).
/// </summary>
internal static class RegistryTextDecoder
{
    public static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticSink sink)
    {
        if (bytes.IsEmpty)
        {
            sink.Add(DiagnosticCodes.EmptyFile, SourcePosition.FileStart, "the registry file is empty; it needs at least 'schemaVersion', 'provider' and 'customers'");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ||
            bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            sink.Add(DiagnosticCodes.NotUtf8Text, SourcePosition.FileStart, "the file is UTF-16 or UTF-32 encoded; save it as UTF-8");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (FindProblem(bytes, sink))
        {
            return null;
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static bool FindProblem(ReadOnlySpan<byte> bytes, DiagnosticSink sink)
    {
        int line = 1;
        int column = 1;
        int index = 0;
        while (index < bytes.Length)
        {
            byte b = bytes[index];
            if (b >= 0x20 && b < 0x7F)
            {
                // Skip the whole run of printable ASCII at once (vectorised); it needs no decoding.
                int run = bytes[index..].IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E);
                run = run < 0 ? bytes.Length - index : run;
                index += run;
                column += run;
                continue;
            }

            var status = Rune.DecodeFromUtf8(bytes[index..], out var rune, out int consumed);
            if (status != OperationStatus.Done)
            {
                sink.Add(DiagnosticCodes.NotUtf8Text, new SourcePosition(line, column),
                    $"invalid UTF-8 byte 0x{b:X2}; the registry must be UTF-8 text (is this a binary file or another encoding?)");
                return true;
            }

            switch (rune.Value)
            {
                case '\n':
                    line++;
                    column = 1;
                    break;
                case '\r':
                    line++;
                    column = 1;
                    if (index + 1 < bytes.Length && bytes[index + 1] == '\n')
                    {
                        consumed++;
                    }

                    break;
                case '\t':
                    column++;
                    break;
                default:
                    if (IsForbidden(rune))
                    {
                        sink.Add(DiagnosticCodes.NotUtf8Text, new SourcePosition(line, column),
                            $"control character U+{rune.Value:X4} is not allowed; the registry must be plain text (is this a binary file?)");
                        return true;
                    }

                    column += rune.Utf16SequenceLength;
                    break;
            }

            index += consumed;
        }

        return false;
    }

    // YAML's printable set: no C0/C1 controls except tab and line breaks (NEL is allowed), no U+FFFE/U+FFFF.
    private static bool IsForbidden(Rune rune) =>
        (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control && rune.Value != 0x85) ||
        rune.Value is 0xFFFE or 0xFFFF;
}
