namespace MsspTui.Core.Registry.Yaml;

internal sealed class SourceSequence(SourcePosition start, int capacity = 0) : SourceNode(start)
{
    public List<SourceNode> Items { get; } = new(capacity);

    public override string KindName => "a list";
}
