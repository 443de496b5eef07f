namespace MsspTui.Core.Registry.Yaml;

/// <summary>A mapping key: its text and where it starts. (Keys are names; their YAML scalar type is never used.)</summary>
internal readonly record struct SourceKey(string Text, SourcePosition Start);
