using System.Text.RegularExpressions;
using MsspTui.Core.Registry.Yaml;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

public sealed class CoreSchemaScalarTyperTests
{
    [Theory]
    [InlineData("0f3c1f6d-1dc2-41fe-ad27-7817a1e69e57", "String")]
    [InlineData("00123", "String")]
    [InlineData("007.5", "String")]
    [InlineData("yes", "String")]
    [InlineData("on", "String")]
    [InlineData("No", "String")]
    [InlineData("2026-01-01", "String")]
    [InlineData("1e", "String")]
    [InlineData(".", "String")]
    [InlineData("0x", "String")]
    [InlineData("0o8", "String")]
    [InlineData("TRUE", "Boolean")]
    [InlineData("false", "Boolean")]
    [InlineData("", "Null")]
    [InlineData("~", "Null")]
    [InlineData("Null", "Null")]
    [InlineData("1", "Integer")]
    [InlineData("0", "Integer")]
    [InlineData("-17", "Integer")]
    [InlineData("+3", "Integer")]
    [InlineData("0x1F", "Integer")]
    [InlineData("0o17", "Integer")]
    [InlineData("1.5", "Float")]
    [InlineData("1.", "Float")]
    [InlineData(".5", "Float")]
    [InlineData("1e10", "Float")]
    [InlineData("-.inf", "Float")]
    [InlineData(".NaN", "Float")]
    public void Plain_scalars_follow_the_YAML_1_2_core_schema(string text, string expected) =>
        Assert.Equal(expected, CoreSchemaScalarTyper.Resolve(text).ToString());

    // The YAML 1.2 core schema's own regular expressions (and this reader's one exception: a leading zero keeps a number a string).
    private static string Reference(string text)
    {
        if (Regex.IsMatch(text, "^(~|null|Null|NULL|)$"))
        {
            return "Null";
        }

        if (Regex.IsMatch(text, "^(true|True|TRUE|false|False|FALSE)$"))
        {
            return "Boolean";
        }

        if (Regex.IsMatch(text, "^[-+]?0[0-9]+([.eE].*)?$"))
        {
            return "String";
        }

        if (Regex.IsMatch(text, "^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"))
        {
            return "Integer";
        }

        return Regex.IsMatch(text, @"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$") ? "Float" : "String";
    }

    [Fact]
    public void Every_short_text_is_typed_as_the_core_schema_types_it()
    {
        // Every text of up to four characters from the characters that matter, and the schema's words with a letter changed.
        const string alphabet = "079afntxoeE.+-~NTFlLu";
        var texts = new List<string> { string.Empty };
        for (int length = 1, from = 0; length <= 4; length++)
        {
            int to = texts.Count;
            for (int i = from; i < to; i++)
            {
                foreach (char c in alphabet)
                {
                    texts.Add(texts[i] + c);
                }
            }

            from = to;
        }

        string[] words = ["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", ".NAN", "0x1F", "0o17"];
        foreach (string word in words)
        {
            for (int i = 0; i < word.Length; i++)
            {
                foreach (char c in "nNtTfFuUlLrReEaAsSxXoO.")
                {
                    texts.Add(string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1)));
                }
            }
        }

        var wrong = texts.Where(text => CoreSchemaScalarTyper.Resolve(text).ToString() != Reference(text)).Take(10).ToList();
        Assert.True(wrong.Count == 0, "typed differently from the core schema: " + string.Join(", ", wrong.Select(t => $"'{t}'")));
    }
}
