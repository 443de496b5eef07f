using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MsspTui.Core.Registry.Yaml;

/// <summary>
/// A single-pass reader for the plain YAML subset registries are written in: block mappings and lists, plain scalars
/// (also going on over lines), single- and double-quoted one-line scalars, literal and folded block scalars, one-line
/// flow lists and mappings of scalars, comments, a leading "---", CR LF line breaks. It builds the same
/// <see cref="SourceNode"/> tree, with the same positions and scalar types, as <see cref="YamlTreeBuilder"/>'s YamlDotNet
/// path, about twenty times faster. Anything outside the subset, anything doubtful and anything the reference would
/// report (anchors, tags, directives, several documents, tabs, lone carriage returns, empty values, multi-line quoted
/// scalars, duplicate keys, syntax errors...) makes it decline: it returns null and YamlDotNet reads the file and
/// produces every diagnostic. Its loops are marked for full optimisation at first call: a command-line run reads one
/// file and ends long before tiered compilation would optimise them.
/// </summary>
internal sealed class FastYamlReader
{
    private const int MaxSimpleKeyLength = 1000;

    private static readonly System.Buffers.SearchValues<char> BlockPlainStops = System.Buffers.SearchValues.Create("\n#:");
    private static readonly System.Buffers.SearchValues<char> FlowPlainStops = System.Buffers.SearchValues.Create("\n#:,[]{}");

    private readonly string _text;
    private readonly Dictionary<string, string> _keyNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;
    private readonly int _end;

    // Entries and items of the collections being read, innermost last: each collection is built at its exact size
    // when it ends (lists growing 4, 8, 16 ... left a copy behind for every mapping).
    private readonly List<SourceMappingEntry> _entryStack = [];
    private readonly List<SourceNode> _itemStack = [];
    private int _pos;
    private int _line;
    private int _lineStart;
    private int _nodes;

    // Characters that change how lines are counted or read; the reference parser handles them. Two searches for three
    // characters each: one search for all six falls back to a slow probabilistic scan (a tenth of a native `validate`).
    private static bool HasLineSensitiveCharacter(string text) =>
        text.AsSpan().IndexOfAny('\t', '\r', '\u0085') >= 0 || text.AsSpan().IndexOfAny('\u2028', '\u2029', '\uFEFF') >= 0;

    /// <summary>A reader of <paramref name="text"/> from <paramref name="start"/> (the start of line <paramref name="line"/>) to <paramref name="end"/>.</summary>
    private FastYamlReader(string text, int start, int end, int line)
    {
        _text = text;
        _pos = start;
        _lineStart = start;
        _end = end;
        _line = line;
        _keyLookup = _keyNames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Texts from this size (about 3,000 customers) are read in two halves on two cores, when they split cleanly.</summary>
    public const int SplitFrom = 512 * 1024;

    /// <summary>The tree of <paramref name="text"/>, or null when the text needs the full YAML parser.</summary>
    /// <param name="splitFrom">From what length to try reading in halves (tests lower it).</param>
    public static SourceNode? TryRead(string text, int splitFrom = SplitFrom)
    {
        if (WithLineFeeds(text) is not { } lines || HasLineSensitiveCharacter(lines))
        {
            return null;
        }

        text = lines;

        if (text.Length >= splitFrom && Environment.ProcessorCount > 1 && RegistryHalves.Find(text) is { } halves && ReadInHalves(text, halves) is { } whole)
        {
            return whole;
        }

        try
        {
            return new FastYamlReader(text, 0, text.Length, 1).ReadDocument();
        }
        catch (DeclineException)
        {
            return null;
        }
    }

    /// <summary>The tree read in halves, or null when the text does not split cleanly (tests: how often halves are used).</summary>
    internal static SourceNode? TryReadInHalves(string text) =>
        WithLineFeeds(text) is not { } lines || HasLineSensitiveCharacter(lines) || RegistryHalves.Find(lines) is not { } halves ? null : ReadInHalves(lines, halves);

    /// <summary>
    /// The text with Windows line breaks (CR LF) as line feeds, or null when a carriage return stands alone. YAML reads
    /// CR LF as one line break, so lines, columns and every value stay the same (block scalars' line breaks are line
    /// feeds either way); a registry checked out on Windows (git's autocrlf) was read by the full parser, 7× slower.
    /// </summary>
    private static string? WithLineFeeds(string text)
    {
        int carriageReturns = text.AsSpan().Count('\r');
        if (carriageReturns == 0)
        {
            return text;
        }

        return text.AsSpan().Count("\r\n") == carriageReturns ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : null;
    }

    /// <summary>
    /// Reads the text before <see cref="RegistryHalves.Split"/> as a document on this core and the customer entries
    /// from there to the end on another, then joins them; null when either half declines or the halves do not fit
    /// together exactly as one pass would have read them (the caller then reads the text in one pass).
    /// </summary>
    private static SourceNode? ReadInHalves(string text, RegistryHalves halves)
    {
        var secondReader = new FastYamlReader(text, halves.Split, text.Length, halves.SplitLine);
        var second = Task.Run(() => Attempt(() => secondReader.ReadRemainingItems(halves.ItemColumn)));
        var firstReader = new FastYamlReader(text, 0, halves.Split, 1);
        var first = Attempt(firstReader.ReadDocument);
        var items = second.GetAwaiter().GetResult();
        // The first half must end inside the customer list those items continue: its last field, a block list whose
        // dashes stand where the second half's do.
        if (first is not SourceMapping root || items is null || root.Entries.Count == 0 ||
            root.Entries[^1] is not { Key.Text: "customers", Value: SourceSequence customers } || customers.Start.Column != halves.ItemColumn ||
            firstReader._nodes + secondReader._nodes > YamlTreeBuilder.MaxNodes)
        {
            return null;
        }

        customers.Items.AddRange(items);
        return root;
    }

    private static T? Attempt<T>(Func<T> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (DeclineException)
        {
            return null;
        }
    }

    /// <summary>
    /// From the start of a line of the customer list to the end of the text: the remaining list entries, read as the
    /// one-pass reader reads them (a list at depth 1 under a root key); declines unless they run to the end.
    /// </summary>
    private List<SourceNode> ReadRemainingItems(int column)
    {
        if (!SkipToContent() || Column != column || !IsBlockEntry())
        {
            Decline();
        }

        var items = ReadBlockSequence(column, 1, indentless: column == 1).Items;
        if (SkipToContent())
        {
            Decline();
        }

        return items;
    }

    private int Column => _pos - _lineStart + 1;

    private SourcePosition Here => new(_line, Column);

    private bool AtEnd => _pos >= _end;

    private char Current => _pos < _end ? _text[_pos] : '\0';

    private char Peek(int offset) => _pos + offset < _end ? _text[_pos + offset] : '\0';

    private SourceNode ReadDocument()
    {
        if (!SkipToContent())
        {
            Decline();
        }

        // A "---" line opening the document (yamllint asks for one) starts no node; content on its line does.
        if (IsDocumentMarker() && Current == '-')
        {
            _pos += 3;
            FinishLine();
            if (!SkipToContent())
            {
                Decline();
            }
        }

        int column = Column;
        if (column != 1 || Current is '%' || IsDocumentMarker())
        {
            Decline();
        }

        SourceNode root = IsBlockEntry() ? ReadBlockSequence(column, 0, indentless: false) : ReadBlockMapping(column, 0);
        if (SkipToContent())
        {
            Decline();
        }

        return root;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SourceMapping ReadBlockMapping(int column, int depth)
    {
        CheckDepth(depth);
        var start = Here;
        Count();
        int bottom = _entryStack.Count;
        while (true)
        {
            var key = ReadKey();
            if (HasKey(bottom, key.Text))
            {
                Decline();
            }

            var value = ReadMappingValue(column, depth);
            _entryStack.Add(new SourceMappingEntry(key, value));
            if (!SkipToContent() || Column < column)
            {
                return PopMapping(start, bottom);
            }

            if (Column > column || IsBlockEntry() || IsDocumentMarker())
            {
                Decline();
            }
        }
    }

    private SourceNode ReadMappingValue(int keyColumn, int depth)
    {
        SkipSpaces();
        if (Current is '|' or '>')
        {
            return ReadBlockScalar(keyColumn);
        }

        if (!AtLineEnd())
        {
            var inline = ReadInlineValue(depth, foldColumn: keyColumn + 1);
            FinishLine();
            return inline;
        }

        FinishLine();
        if (!SkipToContent())
        {
            Decline();
        }

        int column = Column;
        if (IsDocumentMarker())
        {
            Decline();
        }

        if (IsBlockEntry() && column >= keyColumn)
        {
            return ReadBlockSequence(column, depth + 1, indentless: column == keyColumn);
        }

        if (column <= keyColumn)
        {
            Decline();
        }

        return ReadBlockMapping(column, depth + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SourceSequence ReadBlockSequence(int column, int depth, bool indentless)
    {
        CheckDepth(depth);
        var start = Here;
        Count();
        int bottom = _itemStack.Count;
        while (true)
        {
            _pos++;
            SkipSpaces();
            if (AtLineEnd() || IsBlockEntry())
            {
                Decline();
            }

            var item = StartsKey() ? ReadBlockMapping(Column, depth + 1) : ReadItemValue(depth, foldColumn: column + 1);
            _itemStack.Add(item);
            if (!SkipToContent() || Column < column || (indentless && Column == column && !IsBlockEntry()))
            {
                return PopSequence(start, bottom);
            }

            if (Column > column || !IsBlockEntry())
            {
                Decline();
            }
        }
    }

    private SourceNode ReadItemValue(int depth, int foldColumn)
    {
        var value = ReadInlineValue(depth, foldColumn);
        FinishLine();
        return value;
    }

    /// <summary>
    /// A value that starts on the current line: a scalar (a plain one may go on over lines starting at
    /// <paramref name="foldColumn"/> or further right) or a one-line flow collection.
    /// </summary>
    private SourceNode ReadInlineValue(int depth, int foldColumn) => Current switch
    {
        '[' => ReadFlowSequence(depth + 1),
        '{' => ReadFlowMapping(depth + 1),
        '"' or '\'' => ReadQuoted(),
        _ => ReadPlain(flow: false, foldColumn),
    };

    private SourceKey ReadKey()
    {
        SourceKey key;
        if (Current is '"' or '\'')
        {
            var quoted = ReadQuoted();
            key = new SourceKey(quoted.Text, quoted.Start);
        }
        else
        {
            var start = Here;
            int begin = _pos;
            int end = PlainKeyEnd();
            if (end < 0)
            {
                Decline();
            }

            var keyText = _text.AsSpan(begin, end - begin).TrimEnd(' ');
            if (keyText.Contains(" *", StringComparison.Ordinal))
            {
                // YamlDotNet reads a line like `x *y: a` as one string (an alias name may contain ':'); leave it to it.
                Decline();
            }

            key = PlainKey(start, keyText);
            _pos = end;
        }

        if (Current != ':' || !IsBlankOrEnd(Peek(1)) || Column - key.Start.Column > MaxSimpleKeyLength)
        {
            Decline();
        }

        _pos++;
        return key;
    }

    /// <summary>Whether the text at the cursor is `key:` followed by a space or the line end.</summary>
    private bool StartsKey()
    {
        if (Current is '"' or '\'')
        {
            int saved = _pos;
            ReadQuoted();
            bool isKey = Current == ':' && IsBlankOrEnd(Peek(1));
            _pos = saved;
            _nodes--;
            return isKey;
        }

        return PlainKeyEnd() >= 0;
    }

    /// <summary>Where the plain key at the cursor ends (its ':'), or -1 when the line holds no such key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int PlainKeyEnd()
    {
        if (!CanStartPlain(flow: false))
        {
            return -1;
        }

        for (int i = _pos; i < _end; i++)
        {
            // Only these characters can end a key or the line: jump to the next one (vectorised).
            int skip = _text.AsSpan(i, _end - i).IndexOfAny(BlockPlainStops);
            if (skip < 0)
            {
                return -1;
            }

            i += skip;
            char c = _text[i];
            if (c == '\n' || (c == '#' && _text[i - 1] == ' '))
            {
                return -1;
            }

            if (c == ':' && (i + 1 >= _end || _text[i + 1] is ' ' or '\n'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <param name="foldColumn">For a block value: the leftmost column a continuation line may start at (0: none).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SourceScalar ReadPlain(bool flow, int foldColumn = 0)
    {
        if (!CanStartPlain(flow))
        {
            Decline();
        }

        var start = Here;
        int begin = _pos;
        var stops = flow ? FlowPlainStops : BlockPlainStops;
        while (!AtEnd)
        {
            // Only these characters can end or spoil a plain scalar: jump to the next one (vectorised).
            int skip = _text.AsSpan(_pos, _end - _pos).IndexOfAny(stops);
            if (skip < 0)
            {
                _pos = _end;
                break;
            }

            _pos += skip;
            char c = _text[_pos];
            if (c == '\n' || (c == '#' && _text[_pos - 1] == ' '))
            {
                break;
            }

            if (c == ':' && (flow || IsBlankOrEnd(Peek(1))))
            {
                Decline();
            }

            if (flow && c is ',' or ']' or '}' or '[' or '{' or '#')
            {
                if (c is ',' or ']' or '}')
                {
                    break;
                }

                Decline();
            }

            _pos++;
        }

        var text = _text.AsSpan(begin, _pos - begin).TrimEnd(' ');
        if (text.IsEmpty)
        {
            Decline();
        }

        Count();
        if (foldColumn > 0 && Current == '\n' && ReadContinuationLines(text, foldColumn) is { } folded)
        {
            return new SourceScalar(start, folded, CoreSchemaScalarTyper.Resolve(folded));
        }

        return new SourceScalar(start, _text, begin, text.Length, CoreSchemaScalarTyper.Resolve(text));
    }

    /// <summary>
    /// The lines that go on a plain scalar whose first line is <paramref name="firstLine"/> (the cursor at its line
    /// break), folded as YAML folds them: each line trimmed, a line break between two lines read as a space, each empty
    /// line as a line break. Null, and nothing read, when the next content line does not go on the value (it starts
    /// left of <paramref name="foldColumn"/>, or is a comment). Lines that might be read otherwise (a key, a list
    /// entry, any indicator first) decline.
    /// </summary>
    private string? ReadContinuationLines(ReadOnlySpan<char> firstLine, int foldColumn)
    {
        System.Text.StringBuilder? folded = null;
        int emptyLines = 0;
        int lineBreak = _pos;
        while (lineBreak < _end && _text[lineBreak] == '\n')
        {
            int lineStart = lineBreak + 1;
            int spaces = _text.AsSpan(lineStart, _end - lineStart).IndexOfAnyExcept(' ');
            int content = spaces < 0 ? _end : lineStart + spaces;
            if (content >= _end)
            {
                break;
            }

            if (_text[content] == '\n')
            {
                emptyLines++;
                lineBreak = content;
                continue;
            }

            if (content - lineStart + 1 < foldColumn || _text[content] == '#')
            {
                break;
            }

            int lineEnd = _text.IndexOf('\n', content, _end - content);
            lineEnd = lineEnd < 0 ? _end : lineEnd;
            var rest = _text.AsSpan(content, lineEnd - content);
            int comment = rest.IndexOf(" #", StringComparison.Ordinal);
            var part = (comment < 0 ? rest : rest[..comment]).TrimEnd(' ');
            if (!CanContinuePlain(_text[content]) || part.Contains(": ", StringComparison.Ordinal) || part.EndsWith(':'))
            {
                Decline();
            }

            folded ??= new System.Text.StringBuilder().Append(firstLine);
            if (emptyLines == 0)
            {
                folded.Append(' ');
            }
            else
            {
                folded.Append('\n', emptyLines);
            }

            folded.Append(part);
            emptyLines = 0;

            // The value now ends on this line: the cursor goes to its end (or its comment), as for a one-line value.
            _line += _text.AsSpan(_pos, lineStart - _pos).Count('\n');
            _lineStart = lineStart;
            _pos = content + part.Length;
            if (comment >= 0)
            {
                break;
            }

            lineBreak = lineEnd;
        }

        return folded?.ToString();
    }

    // What a continuation line may start with and still be text for certain (no indicator, nothing a parser could take
    // for the start of something else).
    private static bool CanContinuePlain(char c) => c switch
    {
        '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' => false,
        _ => true,
    };

    private SourceKey PlainKey(SourcePosition start, ReadOnlySpan<char> text)
    {
        Count();
        return new SourceKey(KeyName(text), start);
    }

    private bool HasKey(int bottom, string key)
    {
        for (int i = bottom; i < _entryStack.Count; i++)
        {
            if (string.Equals(_entryStack[i].Key.Text, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private SourceMapping PopMapping(SourcePosition start, int bottom)
    {
        var mapping = new SourceMapping(start, _entryStack.Count - bottom);
        MoveTop(_entryStack, bottom, mapping.Entries);
        return mapping;
    }

    private SourceSequence PopSequence(SourcePosition start, int bottom)
    {
        var sequence = new SourceSequence(start, _itemStack.Count - bottom);
        MoveTop(_itemStack, bottom, sequence.Items);
        return sequence;
    }

    /// <summary>Moves what <paramref name="stack"/> holds from <paramref name="bottom"/> up into <paramref name="target"/>.</summary>
    private static void MoveTop<T>(List<T> stack, int bottom, List<T> target)
    {
        target.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(stack)[bottom..]);
        stack.RemoveRange(bottom, stack.Count - bottom);
    }

    // Keys repeat on every customer; one string per distinct key keeps the tree small.
    private string KeyName(ReadOnlySpan<char> text)
    {
        if (_keyLookup.TryGetValue(text, out string? known))
        {
            return known;
        }

        string created = text.ToString();
        if (_keyNames.Count < 256)
        {
            _keyNames.Add(created, created);
        }

        return created;
    }

    private bool CanStartPlain(bool flow)
    {
        char c = Current;
        return c switch
        {
            '-' => !IsBlankOrEnd(Peek(1)) && !(flow && Peek(1) is ',' or '[' or ']' or '{' or '}'),
            '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' => false,
            ' ' or '\n' or '\0' => false,
            _ => true,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SourceScalar ReadQuoted()
    {
        var start = Here;
        char quote = Current;
        _pos++;

        // Most quoted scalars hold no escape: take them as one slice.
        int close = _text.AsSpan(_pos, _end - _pos).IndexOfAny(quote, '\\', '\n');
        if (close >= 0 && _text[_pos + close] == quote && (quote == '"' || Peek(close + 1) != '\''))
        {
            var slice = new SourceScalar(start, _text, _pos, close, ScalarType.String);
            _pos += close + 1;
            Count();
            return slice;
        }

        var builder = new System.Text.StringBuilder();
        int runStart = _pos;
        while (true)
        {
            if (AtEnd || Current == '\n')
            {
                Decline();
            }

            char c = Current;
            if (c == quote)
            {
                if (quote == '\'' && Peek(1) == '\'')
                {
                    builder.Append(_text, runStart, _pos + 1 - runStart);
                    _pos += 2;
                    runStart = _pos;
                    continue;
                }

                builder.Append(_text, runStart, _pos - runStart);
                _pos++;
                break;
            }

            if (c == '\\' && quote == '"')
            {
                builder.Append(_text, runStart, _pos - runStart);
                _pos++;
                AppendEscape(builder);
                runStart = _pos;
                continue;
            }

            _pos++;
        }

        Count();
        return new SourceScalar(start, builder.ToString(), ScalarType.String);
    }

    private void AppendEscape(System.Text.StringBuilder builder)
    {
        char c = Current;
        _pos++;
        switch (c)
        {
            case '0': builder.Append('\0'); break;
            case 'a': builder.Append('\a'); break;
            case 'b': builder.Append('\b'); break;
            case 't': builder.Append('\t'); break;
            case 'n': builder.Append('\n'); break;
            case 'v': builder.Append('\v'); break;
            case 'f': builder.Append('\f'); break;
            case 'r': builder.Append('\r'); break;
            case 'e': builder.Append('\x1B'); break;
            case ' ': builder.Append(' '); break;
            case '"': builder.Append('"'); break;
            case '/': builder.Append('/'); break;
            case '\\': builder.Append('\\'); break;
            case 'N': builder.Append('\u0085'); break;
            case '_': builder.Append('\u00A0'); break;
            case 'L': builder.Append('\u2028'); break;
            case 'P': builder.Append('\u2029'); break;
            case 'x': AppendCodePoint(builder, 2); break;
            case 'u': AppendCodePoint(builder, 4); break;
            case 'U': AppendCodePoint(builder, 8); break;
            default: Decline(); break;
        }
    }

    private void AppendCodePoint(System.Text.StringBuilder builder, int digits)
    {
        int value = -1;
        if (_pos + digits > _end ||
            !int.TryParse(_text.AsSpan(_pos, digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out value) ||
            value is >= 0xD800 and <= 0xDFFF || value is < 0 or > 0x10FFFF)
        {
            Decline();
        }

        _pos += digits;
        builder.Append(char.ConvertFromUtf32(value));
    }

    /// <summary>
    /// A literal (|) or folded (>) block scalar as a mapping value, clipped or stripped (-), its indentation taken
    /// from its first line. Declined: explicit indentation, keep (+), leading blank lines, folded text with blank or
    /// more-indented lines, lines of spaces longer than the indentation, a last line without a line break.
    /// </summary>
    private SourceScalar ReadBlockScalar(int keyColumn)
    {
        var start = Here;
        bool literal = Current == '|';
        _pos++;
        bool strip = false;
        if (Current == '-')
        {
            strip = true;
            _pos++;
        }

        if (Current is not (' ' or '\n'))
        {
            Decline();
        }

        FinishLine();
        if (AtEnd)
        {
            Decline();
        }

        _pos++;
        _line++;
        _lineStart = _pos;
        int indent = 0;
        while (Peek(indent) == ' ')
        {
            indent++;
        }

        if (indent < keyColumn || Peek(indent) is '\n' or '\0')
        {
            Decline();
        }

        var lines = new List<string>();
        int blankRun = 0;
        while (!AtEnd)
        {
            int spaces = 0;
            while (Peek(spaces) == ' ')
            {
                spaces++;
            }

            char first = Peek(spaces);
            if (first is '\n' or '\0')
            {
                if (spaces > indent)
                {
                    Decline();
                }

                if (first == '\0')
                {
                    break;
                }

                blankRun++;
                NextLine();
                continue;
            }

            if (spaces < indent)
            {
                break;
            }

            if (!literal && (blankRun > 0 || spaces > indent))
            {
                Decline();
            }

            for (; blankRun > 0; blankRun--)
            {
                lines.Add(string.Empty);
            }

            int end = _text.IndexOf('\n', _pos, _end - _pos);
            if (end < 0)
            {
                Decline();
            }

            lines.Add(_text.Substring(_pos + indent, end - _pos - indent));
            _pos = end;
            NextLine();
        }

        // Trailing blank lines belong to no value; the cursor stays at the start of the next content line.
        string text = string.Join(literal ? "\n" : " ", lines) + (strip ? string.Empty : "\n");
        Count();
        return new SourceScalar(start, text, ScalarType.String);
    }

    private void NextLine()
    {
        _pos = _text.IndexOf('\n', _pos, _end - _pos) + 1;
        _line++;
        _lineStart = _pos;
    }

    private SourceSequence ReadFlowSequence(int depth)
    {
        CheckDepth(depth);
        var start = Here;
        Count();
        _pos++;
        SkipSpaces();
        if (Current == ']')
        {
            _pos++;
            return new SourceSequence(start);
        }

        int bottom = _itemStack.Count;
        while (true)
        {
            _itemStack.Add(Current is '"' or '\'' ? ReadQuoted() : ReadPlain(flow: true));
            SkipSpaces();
            if (Current == ']')
            {
                _pos++;
                return PopSequence(start, bottom);
            }

            ExpectComma(']');
        }
    }

    private SourceMapping ReadFlowMapping(int depth)
    {
        CheckDepth(depth);
        var mappingStart = Here;
        Count();
        _pos++;
        SkipSpaces();
        if (Current == '}')
        {
            _pos++;
            return new SourceMapping(mappingStart);
        }

        int bottom = _entryStack.Count;
        while (true)
        {
            SourceKey key;
            if (Current is '"' or '\'')
            {
                var quoted = ReadQuoted();
                key = new SourceKey(quoted.Text, quoted.Start);
            }
            else
            {
                if (!CanStartPlain(flow: true))
                {
                    Decline();
                }

                var start = Here;
                int begin = _pos;
                while (!AtEnd && Current is not (':' or ',' or '[' or ']' or '{' or '}' or '#' or '\n'))
                {
                    _pos++;
                }

                key = PlainKey(start, _text.AsSpan(begin, _pos - begin).TrimEnd(' '));
                if (key.Text.Length == 0)
                {
                    Decline();
                }
            }

            if (Current != ':' || Peek(1) != ' ' || HasKey(bottom, key.Text))
            {
                Decline();
            }

            _pos++;
            SkipSpaces();
            var value = Current is '"' or '\'' ? ReadQuoted() : ReadPlain(flow: true);
            _entryStack.Add(new SourceMappingEntry(key, value));
            SkipSpaces();
            if (Current == '}')
            {
                _pos++;
                return PopMapping(mappingStart, bottom);
            }

            ExpectComma('}');
        }
    }

    private void ExpectComma(char close)
    {
        if (Current != ',' || Peek(1) != ' ')
        {
            Decline();
        }

        _pos++;
        SkipSpaces();
        if (Current == close || Current == ',')
        {
            Decline();
        }
    }

    /// <summary>After a value: only spaces and a comment may follow on its line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FinishLine()
    {
        SkipSpaces();
        if (!AtLineEnd())
        {
            Decline();
        }

        while (!AtEnd && Current != '\n')
        {
            _pos++;
        }
    }

    private bool AtLineEnd() => AtEnd || Current == '\n' || (Current == '#' && (_pos == _lineStart || _text[_pos - 1] == ' '));

    /// <summary>Moves to the first content character of the next non-blank, non-comment line; false at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SkipToContent()
    {
        while (true)
        {
            while (!AtEnd && Current != '\n')
            {
                if (Current == ' ')
                {
                    _pos++;
                    continue;
                }

                if (Current == '#' && (_pos == _lineStart || _text[_pos - 1] == ' '))
                {
                    while (!AtEnd && Current != '\n')
                    {
                        _pos++;
                    }

                    break;
                }

                return true;
            }

            if (AtEnd)
            {
                return false;
            }

            _pos++;
            _line++;
            _lineStart = _pos;
        }
    }

    private void SkipSpaces()
    {
        while (Current == ' ')
        {
            _pos++;
        }
    }

    private bool IsBlockEntry() => Current == '-' && IsBlankOrEnd(Peek(1));

    private bool IsDocumentMarker() =>
        Column == 1 && _pos + 3 <= _end && (_text.AsSpan(_pos, 3) is "---" or "...") && IsBlankOrEnd(Peek(3));

    private static bool IsBlankOrEnd(char c) => c is ' ' or '\n' or '\0';

    private void CheckDepth(int depth)
    {
        if (depth >= YamlTreeBuilder.MaxDepth - 1)
        {
            Decline();
        }
    }

    private void Count()
    {
        if (++_nodes > YamlTreeBuilder.MaxNodes)
        {
            Decline();
        }
    }

    [DoesNotReturn]
    private static void Decline() => throw new DeclineException();

    /// <summary>Unwinds the reader when the text needs the full parser; never escapes <see cref="TryRead"/>.</summary>
    private sealed class DeclineException : Exception;
}
