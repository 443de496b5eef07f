using MsspTui.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MsspTui.Core.Registry.Yaml;

/// <summary>
/// Builds a <see cref="SourceNode"/> tree from YamlDotNet's parser events, one event at a time, so that hostile
/// input is refused before anything is expanded: an anchor is rejected where it is defined (an alias bomb never
/// grows), duplicate keys, extra documents, custom tags, deep nesting and huge node counts are reported at their
/// position. Returns null when the tree is unusable (syntax errors and the like). Plain registries are read by
/// <see cref="FastYamlReader"/>, which builds the same tree far faster and leaves everything else to YamlDotNet.
/// </summary>
internal static class YamlTreeBuilder
{
    public const int MaxDepth = 64;
    public const int MaxNodes = 2_000_000;

    private const string StringTag = "tag:yaml.org,2002:str";
    private const string MapTag = "tag:yaml.org,2002:map";
    private const string SeqTag = "tag:yaml.org,2002:seq";

    public static SourceNode? Build(string text, DiagnosticSink sink) => FastYamlReader.TryRead(text) ?? BuildWithYamlDotNet(text, sink);

    /// <summary>The reference path: YamlDotNet's parser, which also produces every YAML diagnostic.</summary>
    public static SourceNode? BuildWithYamlDotNet(string text, DiagnosticSink sink)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<OpenNode>();
        SourceNode? root = null;
        int documents = 0;
        int nodes = 0;
        bool usable = true;
        var lastGood = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastGood = current.End;
                switch (current)
                {
                    case DocumentStart start:
                        if (++documents > 1)
                        {
                            sink.Add(DiagnosticCodes.MultipleDocuments, At(start.Start),
                                "a second YAML document starts here; the registry must be a single document (remove the '---' separator)");
                            return null;
                        }

                        break;
                    case AnchorAlias alias:
                        sink.Add(DiagnosticCodes.AnchorOrAlias, At(alias.Start),
                            $"alias '*{alias.Value}' is not allowed; write the value out in full");
                        return null;
                    case NodeEvent node:
                        if (!node.Anchor.IsEmpty)
                        {
                            sink.Add(DiagnosticCodes.AnchorOrAlias, At(node.Start),
                                $"anchor '&{node.Anchor}' is not allowed; anchors and aliases make reviews misleading, write values out in full");
                            return null;
                        }

                        if (++nodes > MaxNodes)
                        {
                            sink.Add(DiagnosticCodes.TooComplex, At(node.Start), $"the registry has more than {MaxNodes:N0} YAML nodes");
                            return null;
                        }

                        var built = Create(node, sink);
                        if (built is null)
                        {
                            return null;
                        }

                        if (open.Count == 0)
                        {
                            root = built;
                        }
                        else if (!open.Peek().Add(built, sink))
                        {
                            usable = false;
                        }

                        if (built is not SourceScalar)
                        {
                            if (open.Count >= MaxDepth)
                            {
                                sink.Add(DiagnosticCodes.TooComplex, At(node.Start), $"nesting deeper than {MaxDepth} levels");
                                return null;
                            }

                            open.Push(new OpenNode(built));
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        open.Pop();
                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            string said = CleanMessage(exception.Message);
            var (position, message) = YamlSyntaxHint.Explain(text, At(exception.Start), said) ?? (At(exception.Start), said);
            sink.Add(DiagnosticCodes.YamlSyntax, position, message);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet occasionally fails on malformed input with a plain .NET exception instead of a YamlException.
            string said = CleanMessage(exception.Message);
            var (position, message) = YamlSyntaxHint.Explain(text, At(lastGood), said)
                ?? (At(lastGood), $"the YAML cannot be read after this point ({said}); check quotes, brackets and indentation");
            sink.Add(DiagnosticCodes.YamlSyntax, position, message);
            return null;
        }

        if (documents == 0 || root is null || root is SourceScalar { Type: ScalarType.Null })
        {
            sink.Add(DiagnosticCodes.EmptyFile, SourcePosition.FileStart,
                "the registry has no content; it needs at least 'schemaVersion', 'provider' and 'customers'");
            return null;
        }

        return usable ? root : null;
    }

    private static SourceNode? Create(NodeEvent node, DiagnosticSink sink)
    {
        string? tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        switch (node)
        {
            case Scalar scalar:
                if (tag is not (null or "!" or StringTag))
                {
                    sink.Add(DiagnosticCodes.UnsupportedTag, At(node.Start), $"tag '{tag}' is not supported; only '!!str' may be used");
                    return null;
                }

                var type = tag is null && scalar.Style == ScalarStyle.Plain
                    ? CoreSchemaScalarTyper.Resolve(scalar.Value)
                    : ScalarType.String;
                return new SourceScalar(At(node.Start), scalar.Value, type);
            case MappingStart:
                if (tag is not (null or MapTag))
                {
                    sink.Add(DiagnosticCodes.UnsupportedTag, At(node.Start), $"tag '{tag}' is not supported on a mapping");
                    return null;
                }

                return new SourceMapping(At(node.Start));
            default:
                if (tag is not (null or SeqTag))
                {
                    sink.Add(DiagnosticCodes.UnsupportedTag, At(node.Start), $"tag '{tag}' is not supported on a list");
                    return null;
                }

                return new SourceSequence(At(node.Start));
        }
    }

    private static SourcePosition At(Mark mark) => new(Math.Max(1, (int)Math.Min(mark.Line, int.MaxValue)), Math.Max(1, (int)Math.Min(mark.Column, int.MaxValue)));

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (…): "; the position is reported separately.
    private static string CleanMessage(string message)
    {
        int cut = message.IndexOf("): ", StringComparison.Ordinal);
        string text = message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message;
        return text.Trim().TrimEnd('.');
    }

    /// <summary>A mapping or list whose children are still arriving.</summary>
    private sealed class OpenNode(SourceNode node)
    {
        private SourceScalar? pendingKey;
        private Dictionary<string, SourceScalar>? keys;

        public bool Add(SourceNode child, DiagnosticSink sink)
        {
            if (node is SourceSequence sequence)
            {
                sequence.Items.Add(child);
                return true;
            }

            var mapping = (SourceMapping)node;
            if (pendingKey is null)
            {
                if (child is not SourceScalar key)
                {
                    sink.Add(DiagnosticCodes.UnsupportedTag, child.Start, "a mapping key must be a plain name, not a list or mapping");
                    pendingKey = new SourceScalar(child.Start, string.Empty, ScalarType.Null);
                    return false;
                }

                pendingKey = key;
                return true;
            }

            var keyNode = pendingKey;
            pendingKey = null;
            keys ??= new Dictionary<string, SourceScalar>(StringComparer.Ordinal);
            if (keys.TryGetValue(keyNode.Text, out var first))
            {
                sink.Add(DiagnosticCodes.DuplicateKey, keyNode.Start,
                    $"duplicate key '{keyNode.Text}'; it is already set on line {first.Start.Line}");
                return true;
            }

            keys.Add(keyNode.Text, keyNode);
            mapping.Entries.Add(new SourceMappingEntry(new SourceKey(keyNode.Text, keyNode.Start), child));
            return true;
        }
    }
}
