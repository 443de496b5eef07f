namespace MsspTui.Core.Registry.Yaml;

/// <summary>A node of the parsed registry with the position where it starts. Aliases never reach this tree.</summary>
internal abstract class SourceNode(SourcePosition start)
{
    public SourcePosition Start { get; } = start;

    public abstract string KindName { get; }
}
