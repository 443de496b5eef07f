using System.Runtime.CompilerServices;

namespace MsspTui.Core.Validation;

/// <summary>
/// JsonSchema.Net registers its dialects and meta-schemas in a module initializer. A native executable runs every
/// module initializer at process start, for every command: about 5 ms of each start (measured with perf), spent even
/// by the picker and by a `validate` whose registry the schema precheck settles, neither of which evaluates a schema.
/// The native build therefore stubs that initializer (src/MsspTui/NativeSubstitutions.xml) and this runs it before the
/// first schema is built. The library guards the initializer, so under JIT, where it ran when the assembly loaded, the
/// call does nothing.
/// </summary>
internal static class JsonSchemaLibrary
{
    public static void EnsureInitialized() => Initialize(null);

    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Initialize")]
    private static extern void Initialize([UnsafeAccessorType("Json.Schema.__ModuleInitialization, JsonSchema.Net")] object? library);
}
