using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Unicode;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Text;

namespace MsspTui.Core.Validation;

/// <summary>
/// Reads the lines of a registry's customer list, in the block form nearly every registry uses, and hands each value
/// to <see cref="CleanCustomers"/>:
/// <code>
///   - id: fabrikam
///     name: "Fabrikam, Inc."     # a comment
///     tags: [tier1, 'eu']
/// </code>
/// One field per line; values plain, quoted without escapes (double) or doubled quotes (single), or flow lists of
/// those, each on its line. Anything else YAML allows (nested blocks, multi-line values, anchors, tags, tabs, flow
/// mappings …) is "unsure": the full check reads the file instead. Where YAML could read a line two ways, it is unsure too.
/// A reader of the second half of a list is told how far its entries are indented (<paramref name="itemIndent"/>).
/// </summary>
internal sealed class CustomerBlockScanner(CleanCustomers customers, int? itemIndent = null)
{
    /// <summary>What a line was to the customer list.</summary>
    public enum LineKind
    {
        /// <summary>Part of the list, checked.</summary>
        Taken,

        /// <summary>The first line after the list (at the left margin, not an entry): it belongs to the rest of the document.</summary>
        AfterList,

        /// <summary>Not in the form this reader confirms, or something to report: only the full check can tell.</summary>
        Unsure,
    }

    private const int MaxListItems = 64;

    // The loader's node limit; CleanRegistryScan checks the list's nodes and the rest of the document's together.
    private const int MaxNodes = YamlTreeBuilder.MaxNodes;

    // YAML indicators that cannot start a plain value here (anchors, aliases, tags, block scalars, directives, reserved
    // characters, comments, flow mappings, explicit keys).
    private static readonly SearchValues<byte> PlainStartIndicators = SearchValues.Create("{}&*!|>%@`#,[]?:"u8);

    // What ends or complicates a plain entry of a flow list.
    private static readonly SearchValues<byte> FlowItemBreaks = SearchValues.Create(",]#[{}:\"'"u8);

    // Room for a whole line's values; only what a line needs is ever written, so it is not cleared first.
    private readonly char[] _chars = GC.AllocateUninitializedArray<char>(64 * 1024);
    private readonly Range[] _items = new Range[MaxListItems];
    private readonly RepeatedValues _repeated = new();
    private int _itemIndent = itemIndent ?? -1;
    private int _fieldIndent;
    private bool _inCustomer;
    private int _nodes;

    // What is known of the line being read: when it is printable ASCII (nearly every line is), values need no
    // decoding and no check for characters outside it; when its value holds no character a secret needs, no text
    // of it is searched for one.
    private bool _printableAscii;
    private bool _valueMaySpellSecret;

    // Built when passed on (two fields, not a struct stored whole: storing the struct just after writing one of its
    // bytes stalled the processor's store forwarding, the most sampled instruction of the scan).
    private LineFacts Facts => new(_printableAscii, _valueMaySpellSecret);

    /// <summary>The YAML nodes read so far, as the loader counts them: an entry, each key and value, each list item.</summary>
    public int Nodes => _nodes;

    /// <summary>How far the list's entries are indented (-1 before the first).</summary>
    public int ItemIndent => _itemIndent;

    /// <summary>
    /// Reads one line (without its line break; a carriage return before it already removed); <paramref name="printableAscii"/>:
    /// the caller knows it holds only bytes from ' ' to '~'.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LineKind Line(ReadOnlySpan<byte> line, bool printableAscii = false)
    {
        // Control characters (tab included), invalid UTF-8 and the characters some YAML readers take for line breaks.
        _printableAscii = printableAscii || line.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0;
        if (!_printableAscii && !IsPlainText(line))
        {
            return LineKind.Unsure;
        }

        int indent = LeadingSpaces(line);
        if (indent == line.Length || line[indent] == '#')
        {
            return LineKind.Taken;
        }

        if (_itemIndent < 0)
        {
            _itemIndent = indent;
        }

        if (indent == _itemIndent && line[indent] == '-')
        {
            return StartCustomer(line, indent);
        }

        if (indent == 0)
        {
            return LineKind.AfterList;
        }

        return _inCustomer && indent == _fieldIndent ? Field(line[indent..]) : LineKind.Unsure;
    }

    /// <summary>The end of the list: true when it held at least one customer and the last one is complete.</summary>
    public bool Finish() => _inCustomer && customers.End();

    private LineKind StartCustomer(ReadOnlySpan<byte> line, int indent)
    {
        if (_inCustomer && !customers.End())
        {
            return LineKind.Unsure;
        }

        var rest = line[(indent + 1)..];
        int gap = LeadingSpaces(rest);
        if (gap < 1 || gap == rest.Length || rest[gap] == '#')
        {
            return LineKind.Unsure;
        }

        _inCustomer = true;
        _fieldIndent = indent + 1 + gap;
        customers.Begin();
        if (++_nodes > MaxNodes)
        {
            return LineKind.Unsure;
        }

        return Field(rest[gap..]);
    }

    private LineKind Field(ReadOnlySpan<byte> text)
    {
        // A key the checks know (letters and digits), then ": ".
        if (customers.FindKeyOf(text) is not { } field || !customers.Mark(field))
        {
            return LineKind.Unsure;
        }

        int colon = field.Key.Length;
        var afterColon = text[(colon + 1)..];
        int start = LeadingSpaces(afterColon);
        if (start == afterColon.Length)
        {
            return LineKind.Unsure;
        }

        var value = afterColon[start..];
        _nodes += 2;
        if (field.DependsOnValueOnly && _repeated.Contains(field.Index, value, out int items))
        {
            _nodes += items;
            return _nodes <= MaxNodes ? LineKind.Taken : LineKind.Unsure;
        }

        // Every text read from the value is read from these bytes, and is at most as long: one search of them for what
        // a secret needs, and none when they are too short to hold one or the field's shape rules one out (the value
        // is then clean only if the shape accepts it), spares a search of each text.
        _valueMaySpellSecret = value.Length >= SecretDetector.MinSecretLength && !field.ShapeRulesOutSecrets && SecretDetector.MaySpellSecret(value);
        int before = _nodes;
        bool clean = value[0] == '['
            ? FlowList(field, value)
            : Scalar(value, out var scalar) && customers.Text(field, scalar, Facts);
        if (clean && field.DependsOnValueOnly)
        {
            _repeated.Add(field.Index, value, _nodes - before);
        }

        return clean && _nodes <= MaxNodes ? LineKind.Taken : LineKind.Unsure;
    }

    // Indentation and the gap after a key are a few spaces: the first eight bytes are looked at as one word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LeadingSpaces(ReadOnlySpan<byte> text)
    {
        if (text.Length >= sizeof(ulong))
        {
            ulong others = MemoryMarshal.Read<ulong>(text) ^ 0x2020_2020_2020_2020UL;
            if (others != 0)
            {
                // The lowest byte that is not a space, in the little-endian word (big-endian: the highest).
                return (BitConverter.IsLittleEndian ? System.Numerics.BitOperations.TrailingZeroCount(others) : System.Numerics.BitOperations.LeadingZeroCount(others)) / 8;
            }
        }

        int count = 0;
        while (count < text.Length && text[count] == ' ')
        {
            count++;
        }

        return count;
    }

    /// <summary>A block value: quoted or plain, then nothing but spaces and a comment.</summary>
    private bool Scalar(ReadOnlySpan<byte> value, out ReadOnlySpan<char> text)
    {
        text = default;
        if (value[0] is (byte)'"' or (byte)'\'')
        {
            return Quoted(value, out text, out var rest) && IsBlankOrComment(rest);
        }

        if (PlainStartIndicators.Contains(value[0]) || (value[0] == '-' && (value.Length == 1 || value[1] == ' ')))
        {
            return false;
        }

        // A plain value ends at " #" (a comment); ": " or a final ':' would make the line a mapping.
        int end = value.Length;
        for (int at = ShortByteSearch.IndexOfEither(value, (byte)':', (byte)'#'); at >= 0; at = NextPlainBreak(value, at))
        {
            if (value[at] == ':' && (at + 1 == value.Length || value[at + 1] == ' '))
            {
                return false;
            }

            if (value[at] == '#' && value[at - 1] == ' ')
            {
                end = at;
                break;
            }
        }

        while (end > 0 && value[end - 1] == ' ')
        {
            end--;
        }

        return Plain(value[..end], 0, out text);
    }

    // The next index after at of a ':' or '#'; -1 when none follows.
    private static int NextPlainBreak(ReadOnlySpan<byte> value, int at)
    {
        int next = ShortByteSearch.IndexOfEither(value[(at + 1)..], (byte)':', (byte)'#');
        return next < 0 ? -1 : at + 1 + next;
    }

    // The next index after at of one of the values; -1 when none follows.
    private static int NextIndexOfAny(ReadOnlySpan<byte> text, int at, SearchValues<byte> values)
    {
        int next = text[(at + 1)..].IndexOfAny(values);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>A plain value decoded at <paramref name="offset"/> of the character buffer: a string by the YAML core schema.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Plain(ReadOnlySpan<byte> value, int offset, out ReadOnlySpan<char> text)
    {
        text = Decode(value, offset);
        return !text.IsEmpty && CoreSchemaScalarTyper.Resolve(text) == ScalarType.String;
    }

    /// <summary>A quoted value that closes on this line, decoded at <paramref name="offset"/>; <paramref name="rest"/> is what follows it.</summary>
    private bool Quoted(ReadOnlySpan<byte> value, out ReadOnlySpan<char> text, out ReadOnlySpan<byte> rest, int offset = 0)
    {
        text = default;
        rest = default;
        byte quote = value[0];
        int close = quote == '"' ? ShortByteSearch.IndexOfEither(value[1..], (byte)'"', (byte)'\\') : value[1..].IndexOf((byte)'\'');
        if (close < 0 || value[1 + close] != quote)
        {
            return false;
        }

        rest = value[(close + 2)..];
        if (quote == '\'' && !rest.IsEmpty && rest[0] == '\'')
        {
            return false;
        }

        text = Decode(value.Slice(1, close), offset);
        return true;
    }

    /// <summary>[a, "b", 'c']: string entries, closed on this line.</summary>
    private bool FlowList(CleanCustomers.Field field, ReadOnlySpan<byte> value)
    {
        int count = 0;
        int offset = 0;
        var rest = value[1..].TrimStart((byte)' ');
        if (!rest.IsEmpty && rest[0] == ']')
        {
            return IsBlankOrComment(rest[1..]) && customers.TextList(field, default, default, Facts);
        }

        while (true)
        {
            if (rest.IsEmpty || count == MaxListItems)
            {
                return false;
            }

            ReadOnlySpan<char> item;
            if (rest[0] is (byte)'"' or (byte)'\'')
            {
                if (!Quoted(rest, out item, out rest, offset))
                {
                    return false;
                }

                rest = rest.TrimStart((byte)' ');
            }
            else
            {
                // In a flow list '-' starts a plain entry only when a character that can be in one follows.
                if (PlainStartIndicators.Contains(rest[0]) || (rest[0] == '-' && (rest.Length == 1 || rest[1] is (byte)' ' or (byte)',' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}')))
                {
                    return false;
                }

                int end = rest.IndexOfAny(FlowItemBreaks);
                if (end < 0 || rest[end] is not ((byte)',' or (byte)']') || !Plain(rest[..end].TrimEnd((byte)' '), offset, out item))
                {
                    return false;
                }

                rest = rest[end..];
            }

            _items[count++] = new Range(offset, offset + item.Length);
            offset += item.Length;
            _nodes++;
            if (rest.IsEmpty)
            {
                return false;
            }

            if (rest[0] == ']')
            {
                return IsBlankOrComment(rest[1..]) && customers.TextList(field, _chars.AsSpan(0, offset), _items.AsSpan(0, count), Facts);
            }

            // A comma and the next entry (not "]": whether a trailing comma is allowed differs between readers).
            if (rest[0] != ',')
            {
                return false;
            }

            rest = rest[1..].TrimStart((byte)' ');
            if (!rest.IsEmpty && rest[0] == ']')
            {
                return false;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Decode(ReadOnlySpan<byte> bytes, int offset)
    {
        // ASCII is its own UTF-16, a byte a character: widened, without the UTF-8 decoder's checks.
        if (_printableAscii)
        {
            var chars = _chars.AsSpan(offset, bytes.Length);
            Widen(bytes, chars);
            return chars;
        }

        // The line was checked (IsPlainText), so this cannot fail; the buffer holds a whole line.
        Utf8.ToUtf16(bytes, _chars.AsSpan(offset), out _, out int written, replaceInvalidSequences: false);
        return _chars.AsSpan(offset, written);
    }

    // Each byte to the character of the same number, sixteen at a time (a value is a few dozen bytes: a call into
    // an encoding cost more than the widening).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Widen(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        if (chars.Length < bytes.Length)
        {
            throw new ArgumentException("the characters must have room for every byte", nameof(chars));
        }

        int at = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref byte source = ref MemoryMarshal.GetReference(bytes);
            ref ushort target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
            for (; at + Vector128<byte>.Count <= bytes.Length; at += Vector128<byte>.Count)
            {
                var (lower, upper) = Vector128.Widen(Vector128.LoadUnsafe(ref source, (nuint)at));
                lower.StoreUnsafe(ref target, (nuint)at);
                upper.StoreUnsafe(ref target, (nuint)(at + Vector128<ushort>.Count));
            }

            // The rest (most values are shorter than 16 bytes, or not a multiple): eight bytes at a time, the last
            // eight overlapping what is already done.
            if (at < bytes.Length && bytes.Length >= sizeof(ulong))
            {
                for (; at + sizeof(ulong) <= bytes.Length; at += sizeof(ulong))
                {
                    WidenEight(ref source, ref target, at);
                }

                if (at < bytes.Length)
                {
                    WidenEight(ref source, ref target, bytes.Length - sizeof(ulong));
                    return;
                }
            }
        }

        for (; at < bytes.Length; at++)
        {
            chars[at] = (char)bytes[at];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WidenEight(ref byte source, ref ushort target, int at) =>
        Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, at))).AsByte()).StoreUnsafe(ref target, (nuint)at);

    /// <summary>Nothing but spaces, or spaces and then a comment (a '#' after at least one space).</summary>
    internal static bool IsBlankOrComment(ReadOnlySpan<byte> rest)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        int content = rest.IndexOfAnyExcept((byte)' ');
        return content < 0 || (content > 0 && rest[content] == '#');
    }

    /// <summary>
    /// UTF-8 without control characters (YAML's printable set, which the loader checks), and without the characters
    /// YAML 1.1 readers take for line breaks (NEL, LS, PS), a byte order mark or the non-characters U+FFFE and U+FFFF:
    /// those are left to the full check. Checked on the bytes: the only controls above ASCII are U+0080–U+009F (C2 80–C2 9F).
    /// </summary>
    internal static bool IsPlainText(ReadOnlySpan<byte> line)
    {
        if (line.IndexOfAnyInRange((byte)0x00, (byte)0x1F) >= 0 || line.Contains((byte)0x7F) || !Utf8.IsValid(line))
        {
            return false;
        }

        for (int at = line.IndexOfAny(SuspectLeads); at >= 0; at = NextIndexOfAny(line, at, SuspectLeads))
        {
            var rest = line[at..];
            if (rest.Length >= 2 && rest[0] == 0xC2 && rest[1] <= 0x9F)
            {
                return false;
            }

            if (rest.Length >= 3 && ((rest[0] == 0xE2 && rest[1] == 0x80 && rest[2] is 0xA8 or 0xA9) ||
                                     (rest[0] == 0xEF && rest[1] == 0xBB && rest[2] == 0xBF) ||
                                     (rest[0] == 0xEF && rest[1] == 0xBF && rest[2] is 0xBE or 0xBF)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly SearchValues<byte> SuspectLeads = SearchValues.Create([0xC2, 0xE2, 0xEF]);
}
