namespace MsspTui.Core.Registry.Yaml;

internal sealed class SourceScalar(SourcePosition start, string text, ScalarType type) : SourceNode(start)
{
    public string Text { get; } = text;

    public ScalarType Type { get; } = type;

    public bool IsString => Type == ScalarType.String;

    public override string KindName => Type switch
    {
        ScalarType.String => "a string",
        ScalarType.Null => "an empty value",
        ScalarType.Boolean => "a boolean",
        ScalarType.Integer => "an integer",
        _ => "a number",
    };
}
