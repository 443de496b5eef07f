namespace MsspTui.Core.Registry.Yaml;

/// <summary>The type a scalar resolves to under the YAML 1.2 core schema (see <see cref="CoreSchemaScalarTyper"/>).</summary>
internal enum ScalarType
{
    String,
    Null,
    Boolean,
    Integer,
    Float,
}
