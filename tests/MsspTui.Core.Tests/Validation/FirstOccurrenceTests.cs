using CsCheck;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

public sealed class FirstOccurrenceTests
{
    // Few distinct letters, case and spaces: many values collide, some only when case or spaces are ignored.
    private static readonly Gen<string[]> Values = Gen.String[Gen.Char["aAbB é"], 0, 4].Array[0, 60];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Finds_what_a_case_insensitive_dictionary_finds(bool trim) =>
        Values.Sample(values =>
        {
            var table = new FirstOccurrence(values.Length, trim);
            var reference = new Dictionary<string, SourceScalar>(StringComparer.OrdinalIgnoreCase);
            foreach (var (text, index) in values.Select((t, i) => (t, i)))
            {
                var node = new SourceScalar(new SourcePosition(index + 1, 1), text, ScalarType.String);
                string key = trim ? text.Trim() : text;
                var expected = reference.TryAdd(key, node) ? null : reference[key];
                if (!ReferenceEquals(expected, table.Add(node, FirstOccurrence.Hash(text, trim))))
                {
                    return false;
                }
            }

            return true;
        }, iter: 2000);
}
