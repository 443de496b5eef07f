using System.Text;
using CsCheck;
using MsspTui.Core.Tests.Registry;
using MsspTui.Core.Validation;
using Xunit;

namespace MsspTui.Core.Tests.Validation;

/// <summary>
/// The fast path of `validate` may only say "clean" when the full check reports nothing: generated registries mixing
/// clean values with every kind of problem (and YAML the scanner does not read) are given to both.
/// </summary>
public sealed class CleanRegistryScanTests
{
    private const string ProviderTenant = "4f707437-aee2-4054-9ac5-c95347b8687c";

    private static bool FastPathSaysClean(string text) => CleanRegistryScan.IsCertainlyClean(Encoding.UTF8.GetBytes(text), splitFrom: long.MaxValue);

    // The same, read in two halves at once however small it is.
    private static bool FastPathInHalvesSaysClean(string text) => CleanRegistryScan.IsCertainlyClean(Encoding.UTF8.GetBytes(text), splitFrom: 0);

    // The full check reports something, and the fast path, whole or in halves, leaves it to the full check.
    private static void AssertLeftToTheFullCheck(string text)
    {
        Assert.NotEmpty(FullCheck(text));
        Assert.False(FastPathSaysClean(text));
        Assert.False(FastPathInHalvesSaysClean(text));
    }

    private static IReadOnlyList<MsspTui.Core.Diagnostics.Diagnostic> FullCheck(string text) =>
        RegistryValidator.ValidateBytes(Encoding.UTF8.GetBytes(text), "r.yaml", out _);

    private static string Registry(string customers, string defaults = "defaults:\n  portal: defender\n  expectedRoles: [security-reader, security-operator]\n") =>
        $"schemaVersion: 1\nprovider:\n  name: P\n  tenantId: {ProviderTenant}\n{defaults}customers:\n{customers}";

    private static string Guid(int i) => $"{i:x8}-0000-4000-8000-{i:x12}";

    [Fact]
    public void Confirms_the_block_form_registries_are_written_in()
    {
        string customers = """
              - id: fabrikam
                name: Fabrikam, Inc.
                tenantId: c4ada276-9389-472c-8154-a173920c2f89
                domain: fabrikam.com
                status: active
                access: gdap
                tags: [tier1, us, manufacturing]
                aliases: [fab, 'fabrikam-inc']
                notes: 24x7 coverage; escalate P1 incidents to the on-call phone first.   # a comment

              # a customer that needs more roles
              - id: woodgrove-bank
                name: "Woodgrove Bank"
                tenantId: 3298F589-8A6C-49DE-83F2-72798B98EA88
                expectedRoles: [security-reader, "global-reader", 62e90394-69f5-4237-9190-012177145e10]
                portal: teams
                domain: woodgrovebank.com
              - id: sakura-shoji
                name: 桜商事株式会社
                tenantId: e6361588-1c28-4a89-a9b4-1cb834779e8c
                tags: []
              - name: 'Café Lumière SARL'
                id: cafe-lumiere
                tenantId: 31d6295d-56a0-43f8-acf9-311146001cb1
                notes: "C# and F#: both fine"
            """;

        string text = Registry(customers + "\n");

        Assert.Empty(FullCheck(text));
        Assert.True(FastPathSaysClean(text));
        Assert.True(FastPathSaysClean(text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.True(FastPathSaysClean(text.Replace("\n  - ", "\n- ", StringComparison.Ordinal).Replace("\n    ", "\n  ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Confirms_a_list_followed_by_more_of_the_document()
    {
        string text = $"schemaVersion: 1\ncustomers:   # every customer\n  - id: a\n    name: A\n    tenantId: {Guid(1)}\n" +
            $"provider:\n  name: P\n  tenantId: {ProviderTenant}\n";

        Assert.Empty(FullCheck(text));
        Assert.True(FastPathSaysClean(text));
    }

    [Theory]
    [InlineData("  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n  - id: a\n    name: B\n    tenantId: 00000002-0000-4000-8000-000000000002\n")]
    [InlineData("  - id: a\n    name: Café\n    tenantId: 00000001-0000-4000-8000-000000000001\n  - id: b\n    name: CAFÉ\n    tenantId: 00000002-0000-4000-8000-000000000002\n")]
    [InlineData("  - id: a\n    name: \"Fabri\u200Bkam\"\n    tenantId: 00000001-0000-4000-8000-000000000001\n  - id: b\n    name: Fabrikam\n    tenantId: 00000002-0000-4000-8000-000000000002\n")]
    [InlineData("  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-00000000000a\n  - id: b\n    name: B\n    tenantId: 00000001-0000-4000-8000-00000000000A\n")]
    [InlineData("  - id: a\n    name: A\n    tenantId: 4f707437-aee2-4054-9ac5-c95347b8687c\n")]
    [InlineData("  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n    aliases: [b]\n  - id: b\n    name: B\n    tenantId: 00000002-0000-4000-8000-000000000002\n")]
    [InlineData("  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n    portal: exchange\n")]
    [InlineData("  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n    tags: [x, X]\n")]
    [InlineData("  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n    expectedRoles: [security-reader, 5d6b6bb7-de71-4623-b4af-96380a352509]\n")]
    [InlineData("  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n    notes: \"Password=hunter22;AccountKey=abcdefgh\"\n")]
    [InlineData("  - id: a\n    name: \"A\u202E\"\n    tenantId: 00000001-0000-4000-8000-000000000001\n")]
    [InlineData("  - id: a\n    name: \"A\u009B2J\"\n    tenantId: 00000001-0000-4000-8000-000000000001\n")]
    [InlineData("  - id: a\n    name: 123\n    tenantId: 00000001-0000-4000-8000-000000000001\n")]
    [InlineData("  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n    colour: red\n")]
    [InlineData("  - id: a\n    name: A\n    name: B\n    tenantId: 00000001-0000-4000-8000-000000000001\n")]
    [InlineData("  - id: a\n    name: A\n")]
    [InlineData("  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n    domain: https://a.example\n")]
    public void Leaves_every_finding_to_the_full_check(string customers)
    {
        string text = Registry(customers);

        AssertLeftToTheFullCheck(text);
    }

    // Found by an adversarial review or by the mutation test below: each made the fast path say clean where the full
    // check reports.
    [Theory]
    [InlineData("customers: # \u0001\n  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n")]
    [InlineData("customers: # \u0090\n  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n")]
    [InlineData("customers: #\u0085  - id: c10\u0085    name: Z\u0085    tenantId: 00000063-0000-4000-8000-000000000063\n  - id: c10\n    name: C10\n    tenantId: 0000000a-0000-4000-8000-00000000000a\n")]
    [InlineData("customers: #\r  - id: c10\r    name: Z\r    tenantId: 00000063-0000-4000-8000-000000000063\n  - id: c10\n    name: C10\n    tenantId: 0000000a-0000-4000-8000-00000000000a\n")]
    [InlineData("customers: #\u2028  - id: c10\u2028    name: Z\u2028    tenantId: 00000063-0000-4000-8000-000000000063\n  - id: c10\n    name: C10\n    tenantId: 0000000a-0000-4000-8000-00000000000a\n")]
    [InlineData("customers:\n  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n    tags: [-]\n")]
    [InlineData("customers:\n  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n    aliases: [x, -]\n")]
    [InlineData("customers:\n  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n    tags: [-,x]\n")]
    [InlineData("customers:\n  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n%4f707437")]
    public void Leaves_what_a_review_found_to_the_full_check(string list)
    {
        string text = $"schemaVersion: 1\nprovider:\n  name: P\n  tenantId: {ProviderTenant}\n" + list;

        AssertLeftToTheFullCheck(text);
    }

    [Theory]
    [InlineData("{schemaVersion: 1, provider: {name: P, tenantId: 4f707437-aee2-4054-9ac5-c95347b8687c},\ncustomers:\n  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n}\n")]
    [InlineData("--- {schemaVersion: 1, provider: {name: P, tenantId: 4f707437-aee2-4054-9ac5-c95347b8687c},\ncustomers:\n  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n}\n")]
    [InlineData("{schemaVersion: 1,\rcustomers: [], provider: {tenantId: 4f707437-aee2-4054-9ac5-c95347b8687c, name: \"P\ncustomers:\n  - id: a\n    name: A\n    tenantId: 00000001-0000-4000-8000-000000000001\n    notes: a\\e[2J\n\"}}\n")]
    public void Leaves_a_document_that_is_a_flow_mapping_to_the_full_check(string text)
    {
        AssertLeftToTheFullCheck(text);
    }

    [Fact]
    public void Leaves_a_default_portal_that_needs_a_domain_to_the_full_check()
    {
        string text = Registry($"  - id: a\n    name: A\n    tenantId: {Guid(1)}\n", "defaults:\n  portal: teams\n");

        AssertLeftToTheFullCheck(text);
    }

    // Clean values in the forms the scanner reads, then values and lines that are wrong or that it leaves to the full
    // check, picked now and then. {0}: the customer's number for its id, {5} for its name, {1} its tenant id ({2} in
    // upper case); now and then a number is the first customer's, so ids, names or tenants repeat.
    private static readonly Gen<string> Id = Pick(30, ["c{0}", "'c{0}'", "\"c{0}\"", "c{0} # note", "{0}x"], ["c0", "C{0}", "-c{0}", "1{0}", "{0}"]);

    private static readonly Gen<string> Name = Pick(
        30,
        [
            "Name {5}", "\"name {5}\"", "'NAME {5}'", "Café {5}", "桜 {5}", "Foo {5} # c", "'it''s {5}'", "Na\u00A0me {5}", "C# {5}", "a, b {5}",
            "Zürich {5}", "Σοφία {5}", "\U00010428 {5}", "Name{5}#x", "Name {5}:x", "abcdefg:{5}", "abcdefghijklmnop#{5}", "\" Name {5} \"",
        ],
        [
            "Name 0", "name 0", "\"Na\u200Bme 0\"", "\"  \"", "''", "true", "Foo: {0}", "\"a\\n{0}\"", "\"\u202E{0}\"", "\"a\u001B{0}\"",
            "a\u0085{0}", "\"a\tb{0}\"", "[a]", "&x a{0}", "*x", "!!str n{0}", "|", ">", "null", "~", "Name {0}:", "{{a: b}}", "\"Name {0}",
            "Name\u3000{0}", "x\ufeff{0}", "CAFÉ 0", "Cafe\u0301 0", "'Name 0'",
            "ZÜRICH 0", "ΣΟΦΊΑ 0", "\U00010400 0", "zürich 0", "abcdefghijklmno: {0}", "abcdefgh #{0}", "\" Name 0 \"", "Kıa 0", "KIA 0",
        ]);

    private static readonly Gen<string> Tenant = Pick(30, ["{1}", "\"{1}\"", "'{1}'"], ["{2}", ProviderTenant, "not-a-guid", "\" {1}\"", "{3}", "{4}"]);

    private static readonly Gen<string> OptionalLine = Pick(
        12,
        [
            "domain: c{0}.example.com", "tags: [tier1, tier2]", "tags: [nulls, trueish, 0xg, 1e]", "portal: defender", "portal: teams\n    domain: t{0}.example", "status: active", "access: b2b",
            "tags: [a, b]", "tags: [\"x\", 'y']", "tags: []", "aliases: [al{0}]", "expectedRoles: [security-reader]",
            "expectedRoles: [62e90394-69f5-4237-9190-012177145e10, security-operator]", "notes: all good {0}", "notes: x # c", "# a comment",
        ],
        [
            "domain: http://c{0}", "portal: exchange", "portal: nope", "status: gone", "tags: [a, A]", "tags: [a, ]", "tags: [a, [b]]",
            "tags: ['', x]", "tags: [1, 2]", "tags: [true]", "tags: [null]", "tags: [0x1F]", "tags: [1e5]", "tags: [False]", "tags: [0o17, x]",
            "domain: c{0}-.example.com", "domain: -c{0}.example.com", "domain: c{0}..example.com", "domain: c{0}.example.123", "tags: [a,\n      b]", "aliases: [Name 0]", "aliases: [c0]", "aliases: [NAME {0}]",
            "expectedRoles: [security-reader, security-reader]", "expectedRoles: [nope]",
            "expectedRoles: [62e90394-69f5-4237-9190-012177145e10, global-administrator]", "notes: \"Password=abcd1234;AccountKey=abcdefgh\"",
            "notes: \"\"", "notes: ghp_abcdefghijklmnopqrstuvwxyz0123456789", "notes: line one\n      line two", "notes: |\n      block",
            "colour: red", "id: dup", "links:\n      - {{name: a, url: https://a}}", "contacts: []", "notes:", "notes: 'a'b", "\tnotes: tab",
            "  notes: deeper", " notes: shallower", "notes : spaced",
        ]);

    private static Gen<string> Pick(params string[] options) => Gen.Int[0, options.Length - 1].Select(i => options[i]);

    private static Gen<string> Pick(int goodWeight, string[] good, string[] bad) => Gen.Frequency((goodWeight, Pick(good)), (1, Pick(bad)));

    private static readonly Gen<string> Customer =
        Gen.Select(Id, Name, Tenant, OptionalLine.Array[0, 4], Gen.Bool).Select((id, name, tenant, optional, nameFirst) =>
        {
            var lines = new List<string> { $"id: {id}", $"name: {name}", $"tenantId: {tenant}" };
            if (nameFirst)
            {
                (lines[0], lines[1]) = (lines[1], lines[0]);
            }

            lines.AddRange(optional);
            return "  - " + string.Join("\n    ", lines) + "\n";
        });

    private static readonly string[] Shells =
    [
        "defaults:\n  portal: defender\n  expectedRoles: [security-reader, security-operator]\n", "", "defaults:\n  portal: teams\n",
        "defaults:\n  portal: exchange\n", "defaults:\n  portal: nope\n", "defaults:\n  colour: red\n",
    ];

    private static readonly Gen<string> Document =
        Gen.Select(Pick(8, Shells[..2], Shells[2..]), Customer.Array[1, 6], Pick(20, ["", "\r\n", "unindented", "trailer"], ["second", "dash", "bom", "lone-cr"]),
                Gen.Int[0, 9].Array[18])
            .Select((shell, customers, variant, repeats) =>
            {
                var numbered = customers.Select((entry, i) =>
                {
                    int id = repeats[3 * i] == 0 ? 0 : i, name = repeats[(3 * i) + 1] == 0 ? 0 : i, tenant = repeats[(3 * i) + 2] == 0 ? 0 : i;
                    return string.Format(System.Globalization.CultureInfo.InvariantCulture, entry, id, Guid(tenant), Guid(tenant).ToUpperInvariant(), Guid(0),
                        Guid(i + 1), name);
                });
                string text = Registry(string.Concat(numbered), shell);
                return variant switch
                {
                    "\r\n" => text.Replace("\n", "\r\n", StringComparison.Ordinal),
                    "unindented" => text.Replace("\n  - ", "\n- ", StringComparison.Ordinal).Replace("\n    ", "\n  ", StringComparison.Ordinal),
                    "trailer" => text + "# the end\n",
                    "second" => text + "customers: []\n",
                    "dash" => text + "---\nschemaVersion: 1\n",
                    "bom" => "\uFEFF" + text,
                    "lone-cr" => text.Replace("\n    name", "\r    name", StringComparison.Ordinal),
                    _ => text,
                };
            });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Says_clean_only_when_the_full_check_reports_nothing(bool inHalves)
    {
        int clean = 0;
        int unsure = 0;
        Document.Sample(text =>
        {
            if (!(inHalves ? FastPathInHalvesSaysClean(text) : FastPathSaysClean(text)))
            {
                Interlocked.Increment(ref unsure);
                return true;
            }

            Interlocked.Increment(ref clean);
            return FullCheck(text).Count == 0;
        }, iter: 4000);

        // Both answers were given often enough for the comparison to mean something.
        Assert.True(clean > 100, $"only {clean} registries confirmed clean");
        Assert.True(unsure > 100, $"only {unsure} registries left to the full check");
    }

    [Fact]
    public void A_registry_the_full_check_finds_clean_is_usually_confirmed()
    {
        int fullClean = 0;
        int confirmed = 0;
        Document.Sample(text =>
        {
            if (FullCheck(text).Count == 0)
            {
                Interlocked.Increment(ref fullClean);
                if (FastPathSaysClean(text))
                {
                    Interlocked.Increment(ref confirmed);
                }
            }
        }, iter: 2000);

        Assert.True(fullClean > 50, $"only {fullClean} clean registries generated");
        Assert.True(confirmed * 2 > fullClean, $"{confirmed} of {fullClean} clean registries confirmed");
    }

    private static string LargeRegistry(int count, Func<int, string>? entry = null) =>
        Registry(string.Concat(Enumerable.Range(0, count).Select(entry ?? (i =>
            $"  - id: c{i}\n    name: \"Customer {i}\"\n    tenantId: {Guid(i + 1)}\n    tags: [t{i % 7}, eu]\n"))));

    [Fact]
    public void Confirms_a_large_registry_read_in_halves()
    {
        string text = LargeRegistry(3000);

        Assert.True(FastPathInHalvesSaysClean(text));
        Assert.True(FastPathSaysClean(text));
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void A_read_that_fails_is_passed_on_and_leaves_no_reader_running(double failingByte)
    {
        // A file one of whose bytes cannot be read (a disk error): where the split is looked for, or in either half,
        // the failure is passed on to the caller (the command then runs the full check, which reports), as with one
        // reader. Neither reader outlives the call: it would read through a closed handle, and an exception on the
        // second reader's thread would take the process down.
        byte[] bytes = Encoding.UTF8.GetBytes(LargeRegistry(3000));
        long failing = (long)(bytes.Length * failingByte);
        int reads = 0;
        IO.ReadAt read = (offset, buffer) =>
        {
            Interlocked.Increment(ref reads);
            int count = (int)Math.Min(buffer.Length, bytes.Length - offset);
            if (offset <= failing && failing < offset + count)
            {
                throw new IOException("read failed");
            }

            bytes.AsSpan((int)offset, count).CopyTo(buffer);
            return count;
        };

        Assert.Throws<IOException>(() => CleanRegistryScan.IsCertainlyClean(read, bytes.Length, splitFrom: 0));
        int readsWhenDone = Volatile.Read(ref reads);
        Thread.Sleep(50);
        Assert.Equal(readsWhenDone, Volatile.Read(ref reads));
    }

    [Theory]
    [InlineData("id", "c0", "MSSP201")]
    [InlineData("name", "\"customer 0\"", "MSSP202")]
    [InlineData("tenantId", "00000001-0000-4000-8000-000000000001", "MSSP203")]
    [InlineData("aliases", "[c0]", "MSSP216")]
    public void Finds_a_repeat_across_the_halves(string field, string value, string code)
    {
        var last = new Dictionary<string, string> { ["id"] = "last", ["name"] = "Last", ["tenantId"] = Guid(9999), [field] = value };
        string text = LargeRegistry(3000) + "  - " + string.Join("\n    ", last.Select(f => $"{f.Key}: {f.Value}")) + "\n";

        Assert.Equal([code], FullCheck(text).Select(d => d.Code));
        Assert.False(FastPathInHalvesSaysClean(text));
        Assert.False(FastPathSaysClean(text));
    }

    // Mutations of a clean registry, after the adversarial review's fuzzer: YAML's indicators and line breaks, odd
    // characters, typed scalars, rule triggers, inserted anywhere; lines repeated, removed or shifted.
    private static readonly string[] Tokens =
    [
        " ", "  ", "#", " #", ":", ": ", "-", "- ", "?", "? ", "\"", "'", "''", ",", ", ", "[", "]", "{", "}", "\\", "\t", "\r", "\r\n", "\n",
        "\u0085", "\u2028", "\u2029", "\u00A0", "\u200B", "\uFEFF", "\u3000", "\u180E", "---", "...", "%", "&a ", "*a", "!!str ", "!", "|", ">",
        "customers:", "\n---\n", "\n...\n", "0x1F", "1e3", "~", "null", "true", ".inf", "012", "0o7", "@", "`", "=", "<<", "A", "a", "é", "É", "ı", "I",
        "ſ", "s", "K", "k", "\u212A", "1", "0", "-1", "+1", ".5", "\n  ", "\n    ", "\n- ", "\n  - ", "\n#", "security-reader", "exchange", "teams",
        "portal: ", "domain: ", "aliases: ", "tags: ", "expectedRoles: ", "notes: ", "name: ", "id: ", "tenantId: ", ProviderTenant, "fab", "woodgrove",
        "Fabrikam", "FAB", "x.com", "'a'", "\"b\"", "[a]", "[]", "[ ]", "[a, b]", "\u202E", "\u0001", "\u001B", "\u007F", "\u0080", "%YAML 1.1\n",
        "\n%YAML 1.2\n---\n", "https://u:p@x", "password=abc", "AccountKey=", "ghp_", "eyJ", "0000", "ü", "Ü", "σ", "ς", "Σ", "\U00010400",
        "\U00010428", "Zürich AG", "ZÜRICH AG", "tier1", "abcdefgh:", "abcdefghijklmnop#",
    ];

    private static readonly string Clean =
        $"# registry\nschemaVersion: 1\nprovider:\n  name: P\n  tenantId: {ProviderTenant}\ndefaults:\n  portal: defender\n  expectedRoles: [security-reader, security-operator]\ncustomers:  # list\n" +
        "  - id: fab\n    name: Fabrikam, Inc.\n    tenantId: c4ada276-9389-472c-8154-a173920c2f89\n    domain: fabrikam.com\n    tags: [tier1, us]\n    aliases: [fabby, 'fab-inc']\n    notes: 24x7 # c\n" +
        "\n  # comment\n  - id: woodgrove\n    name: \"Woodgrove Bank\"\n    tenantId: 3298F589-8A6C-49DE-83F2-72798B98EA88\n    expectedRoles: [security-reader, \"global-reader\", 62e90394-69f5-4237-9190-012177145e10]\n    portal: teams\n    domain: wg.com\n" +
        "  - id: sakura\n    name: 桜商事\n    tenantId: e6361588-1c28-4a89-a9b4-1cb834779e8c\n    tags: []\n" +
        "  - name: 'Café Lumière'\n    id: cafe\n    tenantId: 31d6295d-56a0-43f8-acf9-311146001cb1\n    notes: \"C# and F#\"\n" +
        "  - id: d1\n    name: D1\n    tenantId: 00000001-0000-4000-8000-000000000001\n    status: onboarding\n    access: b2b\n" +
        "  - id: d2\n    name: D2\n    tenantId: 00000002-0000-4000-8000-000000000002\n    portal: exchange\n    domain: d2.example\n" +
        "  - id: d3\n    name: D3\n    tenantId: 00000003-0000-4000-8000-000000000003\n    aliases: [dee3]\n" +
        "  - id: zurich\n    name: Zürich AG\n    tenantId: 00000004-0000-4000-8000-000000000004\n" +
        "  - id: sofia\n    name: \"Σοφία\"\n    tenantId: 00000005-0000-4000-8000-000000000005\n# trailing\n";

    private static string Mutate(string text, int kind, double at, int token, int other)
    {
        int position = (int)(at * text.Length);
        var lines = text.Split('\n').ToList();
        int line = (int)(at * lines.Count) % lines.Count;
        switch (kind)
        {
            case < 3:
                return text.Insert(position, Tokens[token % Tokens.Length]);
            case 3:
                return text.Remove(position, Math.Min(1 + (other % 3), text.Length - position));
            case 4:
                lines.Insert(other % lines.Count, lines[line]);
                return string.Join('\n', lines);
            default:
                lines[line] = other % 2 == 0 ? " " + lines[line] : lines[line].TrimStart(' ');
                return string.Join('\n', lines);
        }
    }

    [Fact]
    public void Says_clean_of_mutated_registries_only_when_the_full_check_reports_nothing()
    {
        Assert.Empty(FullCheck(Clean));
        Assert.True(FastPathSaysClean(Clean));
        Assert.True(FastPathInHalvesSaysClean(Clean));
        int clean = 0;
        Gen.Select(Gen.Int[0, 5], Gen.Double[0, 1], Gen.Int[0, 1000], Gen.Int[0, 1000]).Array[1, 3].Sample(mutations =>
        {
            string text = mutations.Aggregate(Clean, (current, m) => Mutate(current, m.Item1, m.Item2, m.Item3, m.Item4));
            if (!FastPathSaysClean(text) && !FastPathInHalvesSaysClean(text))
            {
                return true;
            }

            Interlocked.Increment(ref clean);
            return FullCheck(text).Count == 0;
        }, iter: 5000);

        Assert.True(clean > 500, $"only {clean} mutated registries confirmed clean");
    }

    // 73 YAML nodes a customer (the entry, four keys and values, 64 tags): the loader's limit is 2,000,000 nodes.
    private static string DenseRegistry(int customers)
    {
        string tags = string.Join(", ", Enumerable.Range(0, 64).Select(t => $"t{t}"));
        return LargeRegistry(customers, i => $"  - id: c{i}\n    name: C{i}\n    tenantId: {Guid(i + 1)}\n    tags: [{tags}]\n");
    }

    [Fact]
    public void Counts_the_lists_nodes_with_the_rest_of_the_document_against_the_loaders_limit()
    {
        // 27,000 × 73 = 1,971,000 nodes and the rest: within the limit (the full check finds such a file clean);
        // 28,000 × 73 = 2,044,000: over it (the full check reports MSSP009).
        Assert.True(FastPathInHalvesSaysClean(DenseRegistry(27_000)));
        Assert.False(FastPathInHalvesSaysClean(DenseRegistry(28_000)));
    }

    [Fact]
    public void Leaves_the_example_registry_with_links_and_contacts_to_the_full_check() =>
        Assert.False(CleanRegistryScan.IsCertainlyClean(RepositoryFiles.ExampleRegistry));

    [Fact]
    public void Leaves_missing_files_and_directories_to_the_full_check()
    {
        Assert.False(CleanRegistryScan.IsCertainlyClean(Path.Combine(Path.GetTempPath(), "no-such-registry.yaml")));
        Assert.False(CleanRegistryScan.IsCertainlyClean(Path.GetTempPath()));
    }
}
