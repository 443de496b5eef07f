using System.Buffers.Binary;
using System.Text;

namespace MsspTui.Core.Registry.Cache;

/// <summary>
/// Reads what <see cref="System.IO.BinaryWriter"/> wrote into a cache entry or one of its chunks (little-endian integers,
/// one-byte booleans, strings as a 7-bit encoded UTF-8 length and their UTF-8 bytes), straight from the entry's bytes:
/// no stream per chunk, and values that repeat across customers (tags, roles) become one string per chunk instead of
/// one per customer. Reading past the end throws <see cref="FormatException"/>, like any other damage.
/// </summary>
internal ref struct EntryReader(ReadOnlySpan<byte> bytes)
{
    private const int MaxPooledLength = 64;

    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _position;
    private Dictionary<string, string>? _pool;

    public readonly bool AtEnd => _position == _bytes.Length;

    public readonly int Position => _position;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    /// <summary>The next <paramref name="length"/> bytes, which the reader then moves past.</summary>
    public ReadOnlySpan<byte> ReadBytes(int length) => Take(length);

    public bool ReadBoolean() => Take(1)[0] != 0;

    /// <summary>A count that fits in what is left (each item takes at least a byte).</summary>
    public int ReadCount()
    {
        int count = ReadInt32();
        return count >= 0 && count <= _bytes.Length - _position ? count : throw Damaged();
    }

    public string ReadString() => Encoding.UTF8.GetString(Take(Read7BitEncodedLength()));

    public string? ReadOptionalString() => ReadBoolean() ? ReadString() : null;

    /// <summary>A string likely to repeat in this chunk: the same instance each time it does.</summary>
    public string ReadPooledString()
    {
        ReadOnlySpan<byte> utf8 = Take(Read7BitEncodedLength());
        if (utf8.Length > MaxPooledLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxPooledLength];
        int length = Encoding.UTF8.GetChars(utf8, chars);
        _pool ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(chars[..length], out string? pooled))
        {
            pooled = chars[..length].ToString();
            _pool.Add(pooled, pooled);
        }

        return pooled;
    }

    public string[] ReadList() => ReadList(pooled: false);

    public string[] ReadPooledList() => ReadList(pooled: true);

    private string[] ReadList(bool pooled)
    {
        int count = ReadCount();
        if (count == 0)
        {
            return []; // most customers have no aliases, links or contacts: one shared empty array, not 10,000
        }

        var values = new string[count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = pooled ? ReadPooledString() : ReadString();
        }

        return values;
    }

    // BinaryWriter's format: seven bits a byte, lowest first, the high bit set on every byte but the last.
    private int Read7BitEncodedLength()
    {
        uint value = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            byte b = Take(1)[0];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value <= int.MaxValue ? (int)value : throw Damaged();
            }
        }

        throw Damaged();
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length < 0 || length > _bytes.Length - _position)
        {
            throw Damaged();
        }

        ReadOnlySpan<byte> taken = _bytes.Slice(_position, length);
        _position += length;
        return taken;
    }

    private static FormatException Damaged() => new("damaged registry cache entry");
}
