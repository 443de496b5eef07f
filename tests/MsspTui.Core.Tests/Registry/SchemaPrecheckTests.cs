using CsCheck;
using Json.Schema;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

/// <summary>
/// The schema precheck lets `validate` skip JsonSchema.Net only when it says "valid"; it must never say so of a
/// document JsonSchema.Net finds invalid (and should agree in general, or answer "don't know").
/// </summary>
public sealed class SchemaPrecheckTests
{
    private static readonly string Example = File.ReadAllText(RepositoryFiles.ExampleRegistry);

    private static readonly string[] Values =
    [
        "1", "2", "1.0", "\"1\"", "true", "null", "~", "[]", "{}", "[a, b]", "[1]", "[\"\"]", "''", "\" \"", "\"\\u00a0\"", "\"\\u3000x\"",
        "\"a\\nb\"", "\"\\x85\"", "x", "Contoso 株式会社", "defender", "Defender", "mto", "gdap", "b2b", "active", "paused", "usgov", "global",
        "4f707437-aee2-4054-9ac5-c95347b8687c", "4F707437-AEE2-4054-9AC5-C95347B8687C", "4f707437-aee2-4054-9ac5-c95347b8687", "\"4f707437-aee2-4054-9ac5-c95347b8687c\\n\"",
        "security-reader", "Security-Reader", "https://x.example/{tenantId}", "http://x", "\"https://a b\"", "\"https://\"", "a.example.com",
        "-a.example", "fabrikam", "Fabrikam", "a_b", "\"\\t\"", "{name: x}", "{name: x, url: \"https://y\"}",
    ];

    private static readonly Lazy<SchemaPrecheck> Precheck = new(() => RegistrySchema.Precheck ?? throw new InvalidOperationException("the schema should compile"));

    [Fact]
    public void The_example_and_valid_fixtures_are_confirmed_valid()
    {
        Assert.True(Verdict(Example) == true);
        Assert.True(Verdict(File.ReadAllText(RepositoryFiles.Fixture("valid/minimal.yaml"))) == true);
    }

    [Fact]
    public void Every_fixture_agrees_with_jsonschema_net()
    {
        foreach (string file in Directory.GetFiles(Path.GetDirectoryName(RepositoryFiles.Fixture("valid/minimal.yaml"))!, "*.yaml")
                     .Concat(Directory.GetFiles(Path.GetDirectoryName(RepositoryFiles.Fixture("hostile/alias-bomb.yaml"))!, "*.yaml")))
        {
            Verdict(File.ReadAllText(file));
        }
    }

    [Fact]
    public void Changed_values_agree_with_jsonschema_net()
    {
        string[] lines = Example.Split('\n');
        int confirmed = 0;
        int refused = 0;
        Gen.Select(Gen.Int[0, lines.Length - 1], Gen.Int[0, Values.Length - 1], Gen.Int[0, 3]).Sample((line, value, how) =>
        {
            var edited = (string[])lines.Clone();
            string target = edited[line];
            int colon = target.IndexOf(": ", StringComparison.Ordinal);
            edited[line] = how switch
            {
                0 when colon > 0 => target[..(colon + 2)] + Values[value],
                1 => string.Empty,
                2 when colon > 0 => target[..target.TakeWhile(c => c is ' ' or '-').Count()] + "extraField: 1",
                _ when colon > 0 => target[..(colon + 2)] + "\"" + Values[value].Trim('"') + "\"",
                _ => target,
            };
            switch (Verdict(string.Join('\n', edited)))
            {
                case true: Interlocked.Increment(ref confirmed); break;
                case false: Interlocked.Increment(ref refused); break;
            }

            return true;
        }, iter: 1500);

        Assert.True(confirmed > 50 && refused > 50, $"confirmed {confirmed}, refused {refused}");
    }

    // The precheck's verdict, after asserting it agrees with JsonSchema.Net whenever it gives one.
    private static bool? Verdict(string text)
    {
        var sink = new DiagnosticSink("x.yaml");
        var root = YamlTreeBuilder.BuildWithYamlDotNet(text, sink);
        if (root is null)
        {
            return null;
        }

        bool? quick = Precheck.Value.IsValid(root);
        using var json = SourceJsonWriter.ToJsonDocument(root);
        bool full = RegistrySchema.Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
        if (quick is { } verdict && verdict != full)
        {
            throw new Xunit.Sdk.XunitException($"precheck says {verdict}, JsonSchema.Net says {full}:\n{text}");
        }

        // The per-customer precheck (validate's error path skips the customers it confirms) must agree the same way.
        if (root is SourceMapping mapping && mapping.Find("customers") is SourceSequence customers &&
            json.RootElement.TryGetProperty("customers", out var items) && items.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            for (int index = 0; index < customers.Items.Count; index++)
            {
                bool? customerQuick = RegistrySchema.CustomerPrecheck!.IsValid(customers.Items[index]);
                bool customerFull = RegistrySchema.Customer.Evaluate(items[index], new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
                if (customerQuick is { } customerVerdict && customerVerdict != customerFull)
                {
                    throw new Xunit.Sdk.XunitException($"customer precheck says {customerVerdict}, JsonSchema.Net says {customerFull} (customer {index}):\n{text}");
                }
            }
        }

        return quick;
    }
}
