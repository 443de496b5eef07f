using System.Diagnostics;
using System.Text.RegularExpressions;
using MsspTui.Core.Diagnostics;
using MsspTui.Core.Registry;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

/// <summary>
/// Registries this project has never seen. Each hostile fixture states what it must produce in `# expect: CODE
/// LINE:COLUMN [text the message contains]` lines; both the loader and the full validator must report it there.
/// </summary>
public sealed partial class RegistryFixtureTests
{
    public static TheoryData<string> Valid => Files("valid");

    public static TheoryData<string> Hostile => Files("hostile");

    [Theory]
    [MemberData(nameof(Valid))]
    public void Valid_registries_load_and_validate_without_errors(string name)
    {
        string path = RepositoryFiles.Fixture(Path.Combine("valid", name));

        var loaded = RegistryLoader.Load(path);
        var validated = RegistryValidator.Validate(path);

        Assert.True(loaded.Registry is not null, Describe(loaded.Diagnostics));
        Assert.DoesNotContain(validated, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_registries_fail_on_the_exact_line_quickly(string name)
    {
        string path = RepositoryFiles.Fixture(Path.Combine("hostile", name));
        var expectations = Expectations(File.ReadAllText(path));
        Assert.NotEmpty(expectations);

        RegistryValidator.Validate(RepositoryFiles.ExampleRegistry);
        var stopwatch = Stopwatch.StartNew();
        var loaded = RegistryLoader.Load(path);
        var validated = RegistryValidator.Validate(path);
        stopwatch.Stop();

        Assert.Null(loaded.Registry);
        Assert.True(loaded.HasErrors);
        Assert.Subset(validated.ToHashSet(), loaded.Diagnostics.ToHashSet());
        foreach (var diagnostics in new[] { loaded.Diagnostics, validated })
        {
            foreach (var (code, line, column, text) in expectations)
            {
                Assert.True(
                    diagnostics.Any(d => d.Code == code && d.Line == line && d.Column == column && d.Message.Contains(text, StringComparison.Ordinal)),
                    $"expected {code} at {line}:{column} containing '{text}', got:\n{Describe(diagnostics)}");
            }

            Assert.All(diagnostics, d => Assert.Equal(path, d.File));
        }

        // Milliseconds in practice; the bound leaves room for a loaded CI machine.
        Assert.True(stopwatch.ElapsedMilliseconds < 1000, $"took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Warnings_alone_keep_a_registry_valid()
    {
        var loaded = RegistryLoader.Load(RepositoryFiles.Fixture(Path.Combine("valid", "warnings-only.yaml")));

        Assert.NotNull(loaded.Registry);
        Assert.Equal(
            [("MSSP213", 8), ("MSSP215", 11), ("MSSP214", 13)],
            loaded.Diagnostics.Select(d => (d.Code, d.Line)));
        Assert.All(loaded.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Unicode_flow_and_tagged_values_keep_their_text()
    {
        var registry = RegistryLoader.Load(RepositoryFiles.Fixture(Path.Combine("valid", "unicode-flow-comments.yaml"))).Registry!;

        Assert.Equal("川崎重機株式会社", registry.Customers[0].Name);
        Assert.Equal("Café del Sol 🌞", registry.Customers.Single(c => c.Id == "cafe-del-sol").Name);
        var digits = registry.Customers.Single(c => c.Id == "00123");
        Assert.Equal("12345", digits.Name);
        Assert.Equal(["yes", "on", "no", "true"], digits.Tags);
        Assert.Empty(registry.Customers.Single(c => c.Id == "al-noor").ExpectedRoles!);
        Assert.Equal("Folded notes over two lines.\n", registry.Customers.Single(c => c.Id == "cafe-del-sol").Notes);
    }

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(RepositoryFiles.Fixture(folder), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static List<(string Code, int Line, int Column, string Text)> Expectations(string text) =>
        ExpectLine().Matches(text)
            .Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), m.Groups[4].Value.Trim()))
            .ToList();

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => DiagnosticFormatter.Text(diagnostics.ToList());

    [GeneratedRegex(@"^# expect: (MSSP\d{3}) (\d+):(\d+)(.*)$", RegexOptions.Multiline)]
    private static partial Regex ExpectLine();
}
