using System.Text;
using CsCheck;
using MsspTui.Core.Registry.Yaml;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

/// <summary>
/// The fast reader must build exactly the tree YamlDotNet builds (kinds, texts, scalar types, 1-based positions) or
/// decline; it must never accept text the reference reports anything about.
/// </summary>
public sealed class FastYamlReaderTests
{
    private static readonly string[] Keys =
        ["id", "name", "tenantId", "domain", "tags", "aliases", "notes", "status", "url", "a b", "ключ", "名前", "1", "true", "x-y", "k.z", "-k", "Ünïcode"];

    private static readonly string[] Texts =
    [
        "Contoso", "Contoso Ltd.", "6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d", "00123", "123", "-5", "+7", "1.5", "1e3", ".inf", "0x1F", "0o17",
        "true", "False", "yes", "on", "null", "~", "Null", "https://x.example/{tenantId}?a=b#frag", "a: b", "a:b", "a #b", "a#b", "#x", "-x",
        "- x", "", " lead", "trail ", "it's", "say \"hi\"", "😀 emoji", "川崎重機株式会社", "مجموعة النور", "Zürich", "back\\slash", "[x]", "{y}",
        "a, b", "a,b", "&anchor", "*alias", "!tag", "%pct", "@at", "`tick", "|", ">", "?q", ":c", "---", "...", "a  b", "tab\there", "nbsp\u00a0x",
        "line\nbreak", "nul\u0001x", "\u2028sep", "q'uote", "dq\"uote",
    ];

    private static readonly string[] Comments = ["", "", "", " # note", "  #", " #: x", "# glued"];

    private const string Alphabet = "abcXYZ019 -_:#'\",[]{}&*!|>?%@`.~é名😀\t\n";

    private static readonly Gen<string> YamlText =
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[1, 4]).Select((seed, indent) => Render(new Random(seed), indent));

    [Fact]
    public void Fast_tree_equals_yamldotnet_tree_or_declines() =>
        YamlText.Sample(Agrees, iter: 4000);

    [Fact]
    public void A_fair_share_of_generated_documents_takes_the_fast_path()
    {
        // The comparison above means something only if the generator often produces text the fast path accepts.
        // Counted over fixed seeds (the property's own samples are random, so a threshold on them could flake).
        int accepted = Enumerable.Range(0, 4000).Count(seed => FastYamlReader.TryRead(Render(new Random(seed), 1 + (seed % 4))) is not null);
        Assert.True(accepted > 300, $"{accepted} of 4000 documents were read by the fast path");
    }

    [Fact]
    public void Windows_line_breaks_give_the_tree_yamldotnet_reads() =>
        YamlText.Sample(text => Agrees(text.Replace("\n", "\r\n", StringComparison.Ordinal)), iter: 2000);

    [Fact]
    public void A_registry_with_windows_line_breaks_takes_the_fast_path_whole_and_in_halves()
    {
        string example = File.ReadAllText(RepositoryFiles.ExampleRegistry).ReplaceLineEndings("\r\n");
        Assert.NotNull(FastYamlReader.TryRead(example));
        Assert.True(Agrees(example));

        // The first generated registry that is read in halves (most are), with CR LF line breaks.
        string large = Enumerable.Range(0, 100).Select(seed => RenderRegistry(new Random(seed), 2))
            .First(text => FastYamlReader.TryReadInHalves(text) is not null).ReplaceLineEndings("\r\n");
        var halves = FastYamlReader.TryReadInHalves(large);
        Assert.NotNull(halves);
        Assert.True(SameTree(halves, FastYamlReader.TryRead(large, splitFrom: int.MaxValue), large));
        Assert.True(Agrees(large));
    }

    [Fact]
    public void A_document_start_line_gives_the_tree_yamldotnet_reads() =>
        Gen.Select(YamlText, Gen.OneOf(Gen.Const("---\n"), Gen.Const("--- # yamllint\n"), Gen.Const("# header\n---   \n\n"), Gen.Const("--- a: 1\n"), Gen.Const("---\n---\n")))
            .Sample((text, start) => Agrees(start + text), iter: 2000);

    [Fact]
    public void A_registry_opened_by_a_document_start_line_takes_the_fast_path()
    {
        string example = "---\n" + File.ReadAllText(RepositoryFiles.ExampleRegistry);
        Assert.NotNull(FastYamlReader.TryRead(example));
        Assert.True(Agrees(example));
    }

    [Theory]
    [InlineData("notes: a long note\n  that goes on\n", "a long note that goes on")]
    [InlineData("notes: first\n  second # c\nnext: x\n", "first second")]
    [InlineData("notes: first\n\n  after an empty line\n", "first\nafter an empty line")]
    [InlineData("list:\n  - one\n    more\n  - two\n", "one more")]
    public void A_plain_value_going_on_over_lines_is_folded_like_yamldotnet_does(string text, string expected)
    {
        var root = Assert.IsType<SourceMapping>(FastYamlReader.TryRead(text));
        Assert.True(Agrees(text));
        var value = root.Entries[0].Value is SourceSequence list ? list.Items[0] : root.Entries[0].Value;
        Assert.Equal(expected, Assert.IsType<SourceScalar>(value).Text);
    }

    [Fact]
    public void Wrapped_plain_values_agree_with_yamldotnet_and_are_often_folded_by_the_fast_path()
    {
        // Counted over fixed seeds: the fast path must fold a fair share itself for the agreement to mean something.
        int folded = 0;
        for (int seed = 0; seed < 3000; seed++)
        {
            string text = "k: " + Wrapped(new Random(seed), 0) + "\n";
            Assert.True(Agrees(text), text);
            string firstLine = text[3..text.IndexOf('\n')].TrimEnd(' ');
            folded += FastYamlReader.TryRead(text) is SourceMapping { Entries: [{ Value: SourceScalar value }] } &&
                value.Text.Length > firstLine.Length && value.Text.StartsWith(firstLine, StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.True(folded > 150, $"{folded} of 3000 wrapped values were folded by the fast path");
    }

    [Fact]
    public void Edited_text_is_read_identically_or_declined() =>
        Gen.Select(YamlText, Gen.Int[0, 1000], Gen.Int[0, 3], Gen.OneOf(Gen.Const("-"), Gen.Const(":"), Gen.Const(" "), Gen.Const("\n"), Gen.Const("#"), Gen.Const("'"), Gen.Const("\""), Gen.Const("["), Gen.Const("]"), Gen.Const(","), Gen.Const("{"), Gen.Const("}"), Gen.Const("\\"), Gen.Const("- "), Gen.Const(": "), Gen.String[0, 2]))
            .Sample((text, at, remove, insert) =>
            {
                int start = Math.Min(at, text.Length);
                string edited = text.Remove(start, Math.Min(remove, text.Length - start)).Insert(start, insert);
                return Agrees(edited);
            }, iter: 4000);

    private static readonly Gen<string> RegistryText =
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[1, 4]).Select((seed, indent) => RenderRegistry(new Random(seed), indent));

    [Fact]
    public void Reading_in_halves_gives_the_one_pass_tree() =>
        RegistryText.Sample(text => SameTree(FastYamlReader.TryRead(text, splitFrom: 0), FastYamlReader.TryRead(text, splitFrom: int.MaxValue), text), iter: 3000);

    [Fact]
    public void Reading_edited_registries_in_halves_gives_the_one_pass_tree() =>
        Gen.Select(RegistryText, Gen.Int[0, 4000], Gen.Int[0, 3], Gen.OneOf(Gen.Const("-"), Gen.Const(" "), Gen.Const("\n"), Gen.Const("#"), Gen.Const("\""), Gen.Const("- "), Gen.Const("\n  - "), Gen.Const("\n- "), Gen.Const(": "), Gen.Const("|\n"), Gen.String[0, 2]))
            .Sample((text, at, remove, insert) =>
            {
                int start = Math.Min(at, text.Length);
                string edited = text.Remove(start, Math.Min(remove, text.Length - start)).Insert(start, insert);
                return SameTree(FastYamlReader.TryRead(edited, splitFrom: 0), FastYamlReader.TryRead(edited, splitFrom: int.MaxValue), edited);
            }, iter: 3000);

    [Fact]
    public void Most_generated_registries_are_read_in_halves()
    {
        // Over fixed seeds: the properties above mean something only if the halves are often actually used.
        var texts = Enumerable.Range(0, 1000).Select(seed => RenderRegistry(new Random(seed), 1 + (seed % 4))).Where(t => FastYamlReader.TryRead(t, int.MaxValue) is not null).ToList();
        int split = texts.Count(t => FastYamlReader.TryReadInHalves(t) is not null);
        Assert.True(texts.Count > 300 && split > texts.Count / 3, $"{split} of {texts.Count} readable registries were read in halves");
    }

    [Fact]
    public void A_large_registry_is_cut_at_a_customer_near_the_middle()
    {
        var text = new StringBuilder("schemaVersion: 1\nprovider: {name: P}\ncustomers:\n");
        for (int i = 0; i < 100; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - id: c{i}\n    tags: [a, b]\n");
        }

        var halves = Assert.IsType<RegistryHalves>(RegistryHalves.Find(text.ToString()));
        Assert.Equal(3, halves.ItemColumn);
        Assert.Equal("  - id: c", text.ToString().Substring(halves.Split, 9));
        Assert.InRange(halves.SplitLine, 100, 106);
        var root = Assert.IsType<SourceMapping>(FastYamlReader.TryRead(text.ToString(), splitFrom: 0));
        var customers = Assert.IsType<SourceSequence>(root.Find("customers"));
        Assert.Equal(100, customers.Items.Count);
        Assert.Equal(new SourcePosition(202, 5), ((SourceMapping)customers.Items[99]).Entries[0].Key.Start);
    }

    private static bool SameTree(SourceNode? halves, SourceNode? onePass, string text)
    {
        if (halves is null || onePass is null)
        {
            return halves is null && onePass is null ? true : throw new Xunit.Sdk.XunitException($"one reading declined, the other did not:\n{text}");
        }

        string difference = Difference(onePass, halves, "$");
        return difference.Length == 0 ? true : throw new Xunit.Sdk.XunitException($"{difference}\n---\n{text}");
    }

    [Fact]
    public void Every_fixture_and_the_example_agree_with_yamldotnet()
    {
        var files = Directory.GetFiles(Path.GetDirectoryName(RepositoryFiles.Fixture("valid/minimal.yaml"))!, "*.yaml")
            .Concat(Directory.GetFiles(Path.GetDirectoryName(RepositoryFiles.Fixture("hostile/alias-bomb.yaml"))!, "*.yaml"))
            .Append(RepositoryFiles.ExampleRegistry);
        foreach (string file in files)
        {
            Assert.True(Agrees(File.ReadAllText(file)), file);
        }
    }

    [Fact]
    public void Plain_registries_take_the_fast_path()
    {
        Assert.NotNull(FastYamlReader.TryRead(File.ReadAllText(RepositoryFiles.ExampleRegistry)));
        Assert.NotNull(FastYamlReader.TryRead(File.ReadAllText(RepositoryFiles.Fixture("valid/minimal.yaml"))));
        const string styles = """
            # comment
            schemaVersion: 1
            provider: {name: "P \u00e9 \"q\"", tenantId: 'it''s'}
            customers:
            - id: a   # indentless list
              tags: [x, "y", 'z']
              aliases:
                  - "\u263A \x41 \U0001F600"
                  - plain text, with comma
            -   id: b
                name: 桜 😀
            """;
        var root = Assert.IsType<SourceMapping>(FastYamlReader.TryRead(styles));
        Assert.True(Agrees(styles));
        Assert.Equal(["schemaVersion", "provider", "customers"], root.Entries.Select(e => e.Key.Text));
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("%YAML 1.2\n---\na: 1\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("--- a: 1\n")]
    [InlineData("---\n...\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a:\n  b: 1\n c: 2\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: 1\rb: 2\r")]
    [InlineData("a: 1\r\nb: 2\r")]
    [InlineData("a: \"x\ry\"\r\n")]
    [InlineData("a:\nb: 1\n")]
    [InlineData("a: |+\n  text\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("a: [b, [c]]\n")]
    [InlineData("a: \"unterminated\n")]
    [InlineData("just text\n")]
    [InlineData("x *y: a\n")]
    [InlineData("9]>x *':  é!-\n")]
    public void Text_outside_the_subset_is_declined(string text)
    {
        Assert.Null(FastYamlReader.TryRead(text));
        Assert.True(Agrees(text));
    }

    private static bool Agrees(string text)
    {
        var fast = FastYamlReader.TryRead(text);
        if (fast is null)
        {
            return true;
        }

        var sink = new DiagnosticSink("x.yaml");
        var reference = YamlTreeBuilder.BuildWithYamlDotNet(text, sink);
        if (sink.Items.Count > 0 || reference is null)
        {
            throw new Xunit.Sdk.XunitException($"fast path accepted text the reference reports ({string.Join("; ", sink.Items.Select(d => d.Message))}):\n{text}");
        }

        string difference = Difference(reference, fast, "$");
        return difference.Length == 0 ? true : throw new Xunit.Sdk.XunitException($"{difference}\n---\n{text}");
    }

    private static string Difference(SourceNode expected, SourceNode actual, string path)
    {
        if (expected.GetType() != actual.GetType() || expected.Start != actual.Start)
        {
            return $"{path}: expected {expected.KindName} at {expected.Start}, got {actual.KindName} at {actual.Start}";
        }

        switch (expected, actual)
        {
            case (SourceScalar e, SourceScalar a):
                // The checks read the span and the model the string: both must be the reference's text.
                return e.Text == a.Text && a.TextSpan.SequenceEqual(e.Text) && e.Type == a.Type ? string.Empty : $"{path}: expected '{e.Text}' ({e.Type}), got '{a.Text}' ({a.Type})";
            case (SourceSequence e, SourceSequence a):
                if (e.Items.Count != a.Items.Count)
                {
                    return $"{path}: expected {e.Items.Count} items, got {a.Items.Count}";
                }

                return e.Items.Zip(a.Items).Select((p, i) => Difference(p.First, p.Second, $"{path}[{i}]")).FirstOrDefault(d => d.Length > 0) ?? string.Empty;
            case (SourceMapping e, SourceMapping a):
                if (e.Entries.Count != a.Entries.Count)
                {
                    return $"{path}: expected {e.Entries.Count} entries, got {a.Entries.Count}";
                }

                return e.Entries.Zip(a.Entries)
                    .Select(p => p.First.Key != p.Second.Key ? $"{path}.key: expected {p.First.Key}, got {p.Second.Key}" : Difference(p.First.Value, p.Second.Value, $"{path}.{p.First.Key.Text}"))
                    .FirstOrDefault(d => d.Length > 0) ?? string.Empty;
            default:
                return string.Empty;
        }
    }

    // A registry-shaped document: a few root fields, then a customer list of random entries at a random indentation,
    // sometimes with comments and blank lines between entries or another root field after the list.
    private static string RenderRegistry(Random random, int indent)
    {
        var text = new StringBuilder(random.Next(3) == 0 ? "# registry\n" : string.Empty);
        text.Append("schemaVersion: 1\nprovider:\n").Append(' ', indent).Append("name: ").Append(Scalar(random, TameTexts[random.Next(TameTexts.Length)])).Append('\n');
        text.Append("customers:").Append(random.Next(4) == 0 ? " # the list\n" : "\n");
        int dashColumn = random.Next(3) == 0 ? 0 : indent;
        int count = random.Next(2, 14);
        for (int i = 0; i < count; i++)
        {
            switch (random.Next(12))
            {
                case 0:
                    text.Append('\n');
                    break;
                case 1:
                    text.Append(' ', random.Next(0, 4)).Append("# between\n");
                    break;
            }

            string dash = new string(' ', dashColumn) + "- " + new string(' ', random.Next(0, 2));
            switch (random.Next(40))
            {
                case 0:
                    text.Append(dash).Append(Scalar(random, Text(random))).Append('\n');
                    break;
                case 1:
                    WriteMapping(text, random, dash.Length, indent, depth: 2, compactPrefix: dash);
                    break;
                default:
                    WriteTameCustomer(text, random, dash, indent);
                    break;
            }
        }

        switch (random.Next(6))
        {
            case 0:
                text.Append("after: ").Append(Scalar(random, Text(random))).Append('\n');
                break;
            case 1:
                // Another list with its dashes where the customers' are: a cut there must not join it to customers.
                text.Append("after:\n");
                for (int i = random.Next(1, 16 * count); i > 0; i--)
                {
                    text.Append(' ', dashColumn).Append("- ").Append(Scalar(random, TameTexts[random.Next(TameTexts.Length)])).Append('\n');
                }

                break;
        }

        return text.ToString();
    }

    private static readonly string[] TameTexts =
        ["Contoso", "Contoso Ltd.", "6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d", "00123", "true", "a b", "Zürich", "川崎重機株式会社", "https://x.example/{tenantId}?a=b#frag", "it's", "c1.example.com", "tier1"];

    private static readonly string[] TameKeys = ["id", "name", "tenantId", "domain", "status", "notes", "portal"];

    // A customer the fast reader accepts: plain and quoted one-line values, flow lists, a nested list or mapping, a
    // block scalar, comments.
    private static void WriteTameCustomer(StringBuilder text, Random random, string dash, int indent)
    {
        int column = dash.Length;
        var keys = TameKeys.OrderBy(_ => random.Next()).Take(random.Next(1, TameKeys.Length)).Append("tags").ToList();
        for (int i = 0; i < keys.Count; i++)
        {
            text.Append(i == 0 ? dash : new string(' ', column)).Append(keys[i]).Append(':');
            switch (random.Next(10))
            {
                case 0:
                    text.Append(" |\n").Append(' ', column + indent).Append(TameTexts[random.Next(TameTexts.Length)]).Append('\n');
                    break;
                case 1:
                    text.Append('\n');
                    for (int item = random.Next(1, 3); item > 0; item--)
                    {
                        text.Append(' ', column + indent).Append("- ").Append(Scalar(random, TameTexts[random.Next(TameTexts.Length)])).Append('\n');
                    }

                    break;
                case 2:
                    text.Append(' ').Append('[').Append(string.Join(", ", Enumerable.Range(0, random.Next(0, 3)).Select(_ => Scalar(random, TameTexts[random.Next(TameTexts.Length)])))).Append("]\n");
                    break;
                default:
                    text.Append(' ').Append(Scalar(random, TameTexts[random.Next(TameTexts.Length)])).Append(random.Next(6) == 0 ? " # note\n" : "\n");
                    break;
            }
        }
    }

    // A random registry-like document in a random mix of styles, deterministic for a seed.
    private static string Render(Random random, int indent)
    {
        var text = new StringBuilder();
        if (random.Next(4) == 0)
        {
            text.Append("# yaml-language-server: $schema=./schema.json\n\n");
        }

        WriteMapping(text, random, 0, indent, depth: 0, compactPrefix: null);
        return text.ToString();
    }

    private static void WriteMapping(StringBuilder text, Random random, int column, int indent, int depth, string? compactPrefix)
    {
        int count = random.Next(1, 5);
        for (int i = 0; i < count; i++)
        {
            if (i == 0 && compactPrefix is not null)
            {
                text.Append(compactPrefix);
            }
            else
            {
                text.Append(' ', column);
            }

            text.Append(Scalar(random, Key(random)));
            text.Append(random.Next(10) == 0 ? " :" : ":");
            WriteValue(text, random, column, indent, depth);
            if (random.Next(8) == 0)
            {
                text.Append(random.Next(2) == 0 ? "\n" : new string(' ', random.Next(6)) + "# between\n");
            }
        }
    }

    private static void WriteValue(StringBuilder text, Random random, int column, int indent, int depth)
    {
        int kind = depth >= 4 ? random.Next(4) : random.Next(8);
        switch (kind)
        {
            case 0 when random.Next(3) == 0:
                text.Append(' ').Append(Wrapped(random, column)).Append(Comments[random.Next(Comments.Length)]).Append('\n');
                break;
            case 0 or 1:
                text.Append(' ', random.Next(1, 3)).Append(Scalar(random, Text(random))).Append(Comments[random.Next(Comments.Length)]).Append('\n');
                break;
            case 2:
                text.Append(' ').Append(FlowSequence(random)).Append(Comments[random.Next(Comments.Length)]).Append('\n');
                break;
            case 3:
                text.Append(' ').Append(FlowMapping(random)).Append('\n');
                break;
            case 7:
                WriteBlockScalar(text, random, column);
                break;
            case 4:
                text.Append(Comments[random.Next(Comments.Length)]).Append('\n');
                WriteMapping(text, random, column + indent, indent, depth + 1, null);
                break;
            default:
                text.Append(Comments[random.Next(Comments.Length)]).Append('\n');
                WriteSequence(text, random, random.Next(3) == 0 ? column : column + indent, indent, depth + 1);
                break;
        }
    }

    private static void WriteBlockScalar(StringBuilder text, Random random, int column)
    {
        string[] headers = ["|", ">", "|-", ">-", "|+", "|2", "| # c", ">\t"];
        text.Append(' ').Append(headers[random.Next(headers.Length)]).Append('\n');
        int indent = column + random.Next(0, 4);
        int count = random.Next(0, 4);
        for (int i = 0; i < count; i++)
        {
            text.Append(random.Next(6) switch
            {
                0 => string.Empty,
                1 => new string(' ', random.Next(0, indent + 3)),
                2 => new string(' ', indent + 2) + Text(random),
                _ => new string(' ', indent) + Text(random).Replace("\n", " ", StringComparison.Ordinal) + (random.Next(4) == 0 ? "  " : string.Empty),
            }).Append('\n');
        }
    }

    private static void WriteSequence(StringBuilder text, Random random, int column, int indent, int depth)
    {
        int count = random.Next(1, 4);
        for (int i = 0; i < count; i++)
        {
            string dash = new string(' ', column) + "-" + new string(' ', random.Next(1, 4));
            if (depth < 4 && random.Next(2) == 0)
            {
                WriteMapping(text, random, dash.Length, indent, depth + 1, dash);
            }
            else
            {
                string value = random.Next(6) == 0 ? Wrapped(random, column) : random.Next(4) == 0 ? FlowSequence(random) : Scalar(random, Text(random));
                text.Append(dash).Append(value).Append(Comments[random.Next(Comments.Length)]).Append('\n');
            }
        }
    }

    private static string FlowSequence(Random random) =>
        "[" + string.Join(random.Next(5) == 0 ? "," : ", ", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Scalar(random, Text(random)))) + "]";

    private static string FlowMapping(Random random) =>
        "{" + string.Join(", ", Enumerable.Range(0, random.Next(0, 3)).Select(_ => Scalar(random, Key(random)) + ": " + Scalar(random, Text(random)))) + "}";

    // A plain value going on over lines, indented around the value's column (so some lines go on and some do not),
    // with now and then an empty line or a comment between.
    private static string Wrapped(Random random, int column)
    {
        var wrapped = new StringBuilder(Text(random));
        for (int line = random.Next(1, 4); line > 0; line--)
        {
            wrapped.Append(random.Next(5) switch
            {
                0 => "\n\n",
                1 => "\n" + new string(' ', column + 1) + "# between\n",
                2 => "\n  \n",
                _ => "\n",
            });
            wrapped.Append(' ', Math.Max(0, column + random.Next(-1, 4))).Append(Text(random));
        }

        return wrapped.ToString();
    }

    private static string Scalar(Random random, string value) => random.Next(5) switch
    {
        0 => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'",
        1 => DoubleQuoted(random, value),
        _ => value,
    };

    private static string DoubleQuoted(Random random, string value)
    {
        var text = new StringBuilder("\"");
        foreach (char c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => random.Next(2) == 0 ? "\\t" : "\t",
                < ' ' => $"\\x{(int)c:X2}",
                _ when c > 0x7F && !char.IsSurrogate(c) && random.Next(3) == 0 => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static string Text(Random random) => random.Next(3) switch
    {
        0 => RandomText(random),
        _ => Texts[random.Next(Texts.Length)],
    };

    private static string Key(Random random) => random.Next(4) switch
    {
        0 => RandomText(random),
        1 => Texts[random.Next(Texts.Length)],
        _ => Keys[random.Next(Keys.Length)],
    };

    // Random characters from an alphabet rich in YAML indicators; a surrogate pair stays whole.
    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        int length = random.Next(0, 8);
        while (text.Length < length)
        {
            int at = random.Next(Alphabet.Length);
            text.Append(char.IsHighSurrogate(Alphabet[at]) ? Alphabet.Substring(at, 2) : char.IsLowSurrogate(Alphabet[at]) ? "x" : Alphabet[at].ToString());
        }

        return text.ToString();
    }
}
