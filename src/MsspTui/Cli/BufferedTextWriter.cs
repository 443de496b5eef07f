using System.Text;

namespace MsspTui.Cli;

/// <summary>
/// Collects what is written into pieces of about 64K characters for the writer it wraps: the console's writer
/// flushes on every write, so a report written line by line made a system call per line (600,000 for a large drift
/// report). Call <see cref="Flush"/> (or dispose) at the end.
/// </summary>
internal sealed class BufferedTextWriter : TextWriter
{
    private const int PieceChars = 64 * 1024;

    private readonly TextWriter _inner;
    private readonly StringBuilder _piece = new(PieceChars + 1024);

    public BufferedTextWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        _inner = inner;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        _piece.Append(value);
        PassOnWhenFull();
    }

    public override void Write(string? value)
    {
        _piece.Append(value);
        PassOnWhenFull();
    }

    public override void Write(char[] buffer, int index, int count)
    {
        _piece.Append(buffer, index, count);
        PassOnWhenFull();
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        _piece.Append(buffer);
        PassOnWhenFull();
    }

    public override void Flush()
    {
        PassOn();
        _inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void PassOnWhenFull()
    {
        if (_piece.Length >= PieceChars)
        {
            PassOn();
        }
    }

    private void PassOn()
    {
        foreach (ReadOnlyMemory<char> chunk in _piece.GetChunks())
        {
            _inner.Write(chunk.Span);
        }

        _piece.Clear();
    }
}
