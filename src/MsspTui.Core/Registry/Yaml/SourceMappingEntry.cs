namespace MsspTui.Core.Registry.Yaml;

/// <summary>
/// One entry of a mapping, stored inline in its list (a struct: an object per entry and per key made a 10,000-customer
/// tree a third larger, and slower to build and to walk).
/// </summary>
internal readonly record struct SourceMappingEntry(SourceKey Key, SourceNode Value);
