namespace MsspTui.Core.Registry.Yaml;

internal sealed record SourceMappingEntry(SourceScalar Key, SourceNode Value);
