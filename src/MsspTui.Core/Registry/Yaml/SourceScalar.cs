namespace MsspTui.Core.Registry.Yaml;

/// <summary>
/// A scalar: its text, YAML type and position. The fast reader's scalars are slices of the registry text, turned into
/// a string of their own only when <see cref="Text"/> is first asked for: the checks read <see cref="TextSpan"/>, so
/// `validate` of a large registry creates almost no strings (a string per scalar was a quarter of the tree's memory).
/// A slice keeps the registry text alive; the model copies what it keeps.
/// </summary>
internal sealed class SourceScalar : SourceNode
{
    private readonly string _source;
    private readonly int _offset;
    private readonly int _length;
    private string? _text;

    public SourceScalar(SourcePosition start, string text, ScalarType type)
        : this(start, text, 0, text.Length, type)
    {
    }

    /// <summary>A scalar whose text is <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="offset"/>.</summary>
    public SourceScalar(SourcePosition start, string source, int offset, int length, ScalarType type)
        : base(start)
    {
        _source = source;
        _offset = offset;
        _length = length;
        Type = type;
    }

    /// <summary>The text as a string (created on first use for a slice; several threads may race to create equal ones).</summary>
    public string Text => _offset == 0 && _length == _source.Length ? _source : _text ??= _source.Substring(_offset, _length);

    /// <summary>The text without creating a string.</summary>
    public ReadOnlySpan<char> TextSpan => _source.AsSpan(_offset, _length);

    public ScalarType Type { get; }

    public bool IsString => Type == ScalarType.String;

    /// <summary>A string that is not empty or white space only.</summary>
    public bool IsNonBlankString => IsString && !TextSpan.IsWhiteSpace();

    public override string KindName => Type switch
    {
        ScalarType.String => "a string",
        ScalarType.Null => "an empty value",
        ScalarType.Boolean => "a boolean",
        ScalarType.Integer => "an integer",
        _ => "a number",
    };
}
