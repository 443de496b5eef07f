using System.Buffers;
using System.Text;
using System.Text.Json;

namespace MsspTui.Core.IO;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose output goes to a <see cref="TextWriter"/> in pieces of about 64 KiB, so a large
/// document (a drift report of 300,000 findings is 120 MB) is never held whole, as bytes and then as a string.
/// Call <see cref="PassOnWhenFull"/> between items and <see cref="Complete"/> at the end.
/// </summary>
public sealed class JsonTextOutput : IDisposable
{
    private const int PieceBytes = 64 * 1024;

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(PieceBytes * 2);
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private char[] _chars = [];

    public JsonTextOutput(TextWriter output, JsonWriterOptions options)
    {
        _output = output;
        Json = new Utf8JsonWriter(_buffer, options);
    }

    public Utf8JsonWriter Json { get; }

    public void PassOnWhenFull()
    {
        if (Json.BytesPending + _buffer.WrittenCount >= PieceBytes)
        {
            Json.Flush();
            PassOn();
        }
    }

    /// <summary>Passes on everything written so far; the document should be finished.</summary>
    public void Complete()
    {
        Json.Flush();
        PassOn();
    }

    public void Dispose() => Json.Dispose();

    // The decoder carries a character split between two pieces over to the next one.
    private void PassOn()
    {
        ReadOnlySpan<byte> bytes = _buffer.WrittenSpan;
        int needed = _decoder.GetCharCount(bytes, flush: false);
        if (_chars.Length < needed)
        {
            _chars = new char[Math.Max(needed, PieceBytes * 2)];
        }

        int count = _decoder.GetChars(bytes, _chars, flush: false);
        _output.Write(_chars, 0, count);
        _buffer.ResetWrittenCount();
    }
}
