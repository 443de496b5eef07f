using CsCheck;
using MsspTui.Core.Registry;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

/// <summary>Whatever the input, loading and validating return diagnostics; they never throw.</summary>
public sealed class RegistryLoaderPropertyTests
{
    private static readonly string Example = File.ReadAllText(RepositoryFiles.ExampleRegistry);

    private static readonly Gen<string> YamlIsh =
        Gen.OneOf(
            Gen.Const("schemaVersion: 1\n"), Gen.Const("provider:\n"), Gen.Const("customers:\n"), Gen.Const("  - id: a\n"),
            Gen.Const("    tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d\n"), Gen.Const("&a "), Gen.Const("*a"), Gen.Const("<<: "),
            Gen.Const("{"), Gen.Const("}"), Gen.Const("["), Gen.Const("]"), Gen.Const(", "), Gen.Const(": "), Gen.Const("- "),
            Gen.Const("\""), Gen.Const("'"), Gen.Const("|\n"), Gen.Const(">-\n"), Gen.Const("? "), Gen.Const("!!str "), Gen.Const("!x "),
            Gen.Const("---\n"), Gen.Const("...\n"), Gen.Const("%YAML 1.2\n"), Gen.Const("#c\n"), Gen.Const("\t"), Gen.Const("\n"),
            Gen.Const("  "), Gen.Const("名前"), Gen.Const("\u00e9"), Gen.Const("https://x/{tenantId}"), Gen.String[0, 8])
        .Array[0, 60]
        .Select(parts => string.Concat(parts));

    [Fact]
    public void Random_bytes_never_throw() =>
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            string path = Path.Combine(Path.GetTempPath(), $"mssp-prop-{Environment.CurrentManagedThreadId}.yaml");
            File.WriteAllBytes(path, bytes);
            var loaded = RegistryLoader.Load(path);
            RegistryValidator.Validate(path);
            return loaded.Registry is not null || loaded.HasErrors;
        }, iter: 300);

    [Fact]
    public void Random_yaml_ish_text_never_throws() =>
        YamlIsh.Sample(text =>
        {
            var loaded = RegistryLoader.Parse(text, "random.yaml");
            RegistryValidator.ValidateText(text, "random.yaml");
            return loaded.Registry is not null || loaded.HasErrors;
        }, iter: 1000);

    [Fact]
    public void Random_edits_of_the_example_never_throw() =>
        Gen.Select(Gen.Int[0, Example.Length], Gen.Int[0, 20], Gen.String[0, 6]).Sample((at, remove, insert) =>
        {
            string edited = Example.Remove(at, Math.Min(remove, Example.Length - at)).Insert(at, insert);
            var loaded = RegistryLoader.Parse(edited, "edited.yaml");
            RegistryValidator.ValidateText(edited, "edited.yaml");
            return loaded.Registry is not null || loaded.HasErrors;
        }, iter: 300);
}
