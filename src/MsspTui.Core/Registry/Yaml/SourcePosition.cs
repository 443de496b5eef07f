namespace MsspTui.Core.Registry.Yaml;

/// <summary>A 1-based line and column (in UTF-16 code units, as editors count them).</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition FileStart { get; } = new(1, 1);
}
