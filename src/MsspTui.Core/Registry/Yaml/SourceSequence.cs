namespace MsspTui.Core.Registry.Yaml;

internal sealed class SourceSequence(SourcePosition start) : SourceNode(start)
{
    public List<SourceNode> Items { get; } = [];

    public override string KindName => "a list";
}
