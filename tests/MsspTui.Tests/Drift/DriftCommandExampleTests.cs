using System.Text.Json;
using MsspTui.Tests.Snapshots;
using Xunit;

namespace MsspTui.Tests.Drift;

/// <summary>The README's first drift command: the example registry against the example saved discovery, no tenant needed.</summary>
public sealed class DriftCommandExampleTests
{
    private readonly DriftCli cli = new();

    [Fact]
    public async Task Text_report_of_the_example_groups_findings_per_customer_with_summary_and_coverage()
    {
        Assert.Equal(2, await cli.RunAsync("drift", "--discovery", "examples/discovery.json"));

        Assert.Equal("", cli.Error);
        Assert.DoesNotContain("\u001b[", cli.Out);
        Snapshot.Match(cli.Out, scrub: false);
    }

    [Fact]
    public async Task Text_report_has_colours_only_on_a_terminal_without_no_color()
    {
        Assert.Equal(2, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--no-color"));
        Assert.DoesNotContain("\u001b[", cli.Out);
    }

    [Fact]
    public async Task Markdown_report_of_the_example()
    {
        Assert.Equal(2, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--format", "markdown"));

        Snapshot.Match(cli.Out, scrub: false);
    }

    [Fact]
    public async Task Markdown_keeps_a_tenant_name_from_becoming_a_link_an_image_or_a_mention()
    {
        string discovery = Path.Combine(Path.GetTempPath(), $"mssp-md-{Guid.NewGuid():N}.json");
        File.WriteAllText(discovery, File.ReadAllText(Path.Combine(RepositoryFiles.Root, "examples", "discovery.json")).Replace(
            "\"displayName\": \"Contoso Pharmaceuticals\"",
            "\"displayName\": \"[click](https://evil.example) ![i](https://evil.example/p.png) @everyone\"", StringComparison.Ordinal));
        try
        {
            Assert.Equal(2, await cli.RunAsync("drift", "--discovery", discovery, "--format", "markdown"));
        }
        finally
        {
            File.Delete(discovery);
        }

        Assert.Contains("\\[click\\](https://evil.example) !\\[i\\](https://evil.example/p.png) @\u200Deveryone", cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[click](", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_report_of_the_example_has_exactly_the_expected_findings()
    {
        Assert.Equal(2, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--format", "json"));

        using var json = JsonDocument.Parse(cli.Out);
        var root = json.RootElement;
        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.Equal("customers.yaml", root.GetProperty("registry").GetString());
        Assert.Equal("2026-11-20T08:30:00Z", root.GetProperty("generatedAt").GetString());
        var findings = root.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("kind").GetString()}:{(f.GetProperty("customerId").ValueKind == JsonValueKind.Null ? f.GetProperty("tenantId").GetString() : f.GetProperty("customerId").GetString())}")
            .ToArray();
        Assert.Equal(
        [
            "role-missing:woodgrove-bank",
            "gdap-expiring:sakura-shoji",
            "missing:cafe-lumiere",
            "role-missing:cafe-lumiere",
            "role-unexpected:alpine-ski-house",
            "name-mismatch:wide-world-importers",
            "dap-legacy:proseware",
            "offboarded-access:litware",
            "unregistered:0b9f4b8e-6a4f-4b7c-9a53-2f1d7e6c8a10",
            "unregistered:9e2a7c41-3d5b-4f68-b1a0-7c8e2d4f6a92",
        ], findings);
        var summary = root.GetProperty("summary");
        Assert.Equal(12, summary.GetProperty("customers").GetInt32());
        Assert.Equal(10, summary.GetProperty("discovered").GetInt32());
        Assert.Equal(5, summary.GetProperty("inSync").GetInt32());
        Assert.Equal(10, summary.GetProperty("findings").GetInt32());
    }

    [Fact]
    public async Task Expiry_is_judged_as_of_the_saved_discovery_so_the_example_stays_stable()
    {
        Assert.Equal(2, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--format", "json", "--expiring-within", "11"));
        Assert.DoesNotContain("gdap-expiring", cli.Out);

        Assert.Equal(2, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--format", "json", "--expiring-within", "12"));
        Assert.Contains("gdap-expiring", cli.Out);
    }

    [Fact]
    public async Task Sources_subset_reports_the_others_as_skipped_and_only_findings_from_the_chosen_ones()
    {
        Assert.Equal(2, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--format", "json", "--sources", "dap"));

        using var json = JsonDocument.Parse(cli.Out);
        Assert.Equal(["skipped", "ok", "skipped"],
            json.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(["dap-legacy", "unregistered"],
            json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Output_file_is_written_and_stdout_stays_empty()
    {
        var directory = Directory.CreateTempSubdirectory("mssp-drift-out-");
        var path = Path.Combine(directory.FullName, "report.md");

        Assert.True(2 == await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--format", "markdown", "--output", path), cli.Error);

        Assert.Equal("", cli.Out);
        Assert.Contains("wrote", cli.Error);
        Assert.StartsWith("### 🟠 Drift in 7 of 12 customers", File.ReadAllText(path));
        Assert.Equal(["report.md"], Directory.GetFiles(directory.FullName).Select(Path.GetFileName));
        directory.Delete(recursive: true);
    }

    [Fact]
    public async Task Output_into_a_missing_directory_is_an_error_and_creates_nothing()
    {
        var directory = Directory.CreateTempSubdirectory("mssp-drift-out-");
        var path = Path.Combine(directory.FullName, "no", "such", "report.md");

        Assert.Equal(1, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--output", path));

        Assert.Contains($"cannot write {path}: directory {Path.Combine(directory.FullName, "no", "such")} does not exist", cli.Error);
        Assert.Empty(Directory.GetFileSystemEntries(directory.FullName));
        directory.Delete(recursive: true);
    }

    [Fact]
    public async Task Output_through_a_symbolic_link_replaces_the_file_it_names_and_keeps_the_link()
    {
        var directory = Directory.CreateTempSubdirectory("mssp-drift-out-");
        string real = Path.Combine(directory.FullName, "real.md");
        string link = Path.Combine(directory.FullName, "link.md");
        File.WriteAllText(real, "old");
        File.CreateSymbolicLink(link, real);

        Assert.Equal(2, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--format", "markdown", "--output", link));

        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.StartsWith("### 🟠 Drift in 7 of 12 customers", File.ReadAllText(real));
        Assert.Equal(["link.md", "real.md"], Directory.GetFileSystemEntries(directory.FullName).Select(Path.GetFileName).Order());
        directory.Delete(recursive: true);
    }

    // A named pipe stands for every device, pipe and socket (/dev/stdout, /dev/null...): replacing one with a file
    // (as a temporary file renamed over it would) breaks whatever reads it. Not tried on real devices: a regression
    // would replace them on the test machine.
    [Fact]
    public async Task Output_to_a_named_pipe_writes_into_it_and_leaves_it_a_pipe()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var directory = Directory.CreateTempSubdirectory("mssp-drift-out-");
        string fifo = Path.Combine(directory.FullName, "report.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var reader = Task.Run(() => File.ReadAllText(fifo));
        Assert.Equal(2, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--output", fifo));

        Assert.StartsWith("Drift report", await reader.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(MsspTui.Platform.FileKind.Special, MsspTui.Platform.FileKinds.Of(fifo));
        Assert.Equal(["report.fifo"], Directory.GetFileSystemEntries(directory.FullName).Select(Path.GetFileName));
        directory.Delete(recursive: true);
    }

    [Theory]
    [InlineData("--sources", "gdap,azure", "--sources: unknown source 'azure'")]
    [InlineData("--sources", ",", "--sources: no source given")]
    [InlineData("--expiring-within", "-3", "--expiring-within must be from 0 to 3650 days (got -3)")]
    [InlineData("--expiring-within", "2147483647", "--expiring-within must be from 0 to 3650 days (got 2147483647)")]
    public async Task Bad_option_values_give_a_clear_message_and_exit_1(string option, string value, string message)
    {
        Assert.Equal(1, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", option, value));

        Assert.Contains(message, cli.Error);
        Assert.Equal("", cli.Out);
    }

    [Fact]
    public async Task Bad_format_is_rejected()
    {
        Assert.Equal(1, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--format", "yaml"));
    }

    [Theory]
    [InlineData("{", "not a valid saved discovery")]
    [InlineData("{\"kind\": \"mssp-tui-discovery\", \"schemaVersion\": 7}", "schemaVersion 7, newer than this mssp-tui understands")]
    [InlineData("{\"schemaVersion\": 1, \"findings\": []}", "not a saved discovery")]
    public async Task A_bad_saved_discovery_gives_a_clear_message_and_exit_1(string content, string message)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-discovery-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);

        Assert.Equal(1, await cli.RunAsync("drift", "--discovery", path));

        Assert.Contains(message, cli.Error);
        Assert.DoesNotContain("   at ", cli.Error);
        File.Delete(path);
    }

    [Fact]
    public async Task A_missing_saved_discovery_gives_a_clear_message()
    {
        Assert.Equal(1, await cli.RunAsync("drift", "--discovery", "no-such-file.json"));

        Assert.Contains("no-such-file.json: cannot read the saved discovery", cli.Error);
    }
}
