using System.Text.Json;
using MsspTui.Core.Registry;
using MsspTui.Platform;
using MsspTui.Tests.Drift;
using Xunit;

namespace MsspTui.Tests.Commands;

/// <summary>
/// Registry text with terminal control characters (written as YAML escapes; the file itself cannot hold them): the
/// loader refuses it (MSSP218), and a registry that reaches a command without that rule still prints nothing a
/// terminal would obey.
/// </summary>
public sealed class ControlCharacterTests : IDisposable
{
    // Clears the screen, retitles the window, writes the clipboard (OSC 52), then a C1 CSI and a NUL.
    private const string EvilName = "Evil\u001b[2J\u001b]0;pwned\u0007\u001b]52;c;ZXZpbA==\u0007Corp";
    private const string EvilNotes = "line one\nred \u001b[31mtext\u009b2J\u0000 end";
    private const string EvilUrl = "https://wiki.example/\u001b]0;pwned\u0007/{tenantId}";

    private readonly TempRegistry _registry = TempRegistry.WithCustomers("""
          - id: evil
            name: "Evil\e[2J\e]0;pwned\a\e]52;c;ZXZpbA==\aCorp"
            tenantId: 0f3c1d2e-1111-4a2b-8c3d-4e5f60718293
            tags: ["t\e[5m"]
            links: [{ name: "Run\ebook", url: "https://wiki.example/\e]0;pwned\a/{tenantId}" }]
            notes: "line one\nred \e[31mtext\u009b2J\0 end"
          - id: evil-twin
            name: "Evil\e[1m Twin"
            tenantId: 1a2b3c4d-2222-4a2b-8c3d-4e5f60718293
        """);

    private readonly CliRun _cli = new();

    public void Dispose() => _registry.Dispose();

    private static CustomerRegistry Model => new(
        1,
        new Provider("Test MSSP", "11111111-2222-4333-8444-555555555555", Cloud.Global, null),
        RegistryDefaults.None,
        [
            new Customer
            {
                Id = "evil", Name = EvilName, TenantId = "0f3c1d2e-1111-4a2b-8c3d-4e5f60718293", Tags = ["t\u001b[5m"],
                Links = [new CustomerLink("Run\u001bbook", EvilUrl)], Notes = EvilNotes,
            },
            new Customer { Id = "evil-twin", Name = "Evil\u001b[1m Twin", TenantId = "1a2b3c4d-2222-4a2b-8c3d-4e5f60718293" },
        ],
        "customers.yaml");

    private static bool HasControl(string text) => text.Any(c => char.IsControl(c) && c is not '\n' and not '\r');

    [Fact]
    public async Task Validate_refuses_them_naming_the_character_at_each_value()
    {
        Assert.Equal(1, await _cli.RunAsync("validate", "--registry", _registry.Path));

        string[] lines = _cli.Out.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(6, lines.Count(l => l.Contains(" error MSSP218: this value holds U+001B (ESC)", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains(":7:11: error MSSP218: this value holds U+001B (ESC)", StringComparison.Ordinal));
        Assert.False(HasControl(_cli.Out + _cli.Error));
    }

    [Theory]
    [InlineData("list")]
    [InlineData("url", "evil")]
    [InlineData("drift", "--discovery", "examples/discovery.json")]
    public async Task Commands_that_load_the_registry_refuse_it_with_the_diagnostics(params string[] command)
    {
        Assert.Equal(1, await _cli.RunAsync([.. command, "--registry", _registry.Path], CancellationToken.None));

        Assert.Equal("", _cli.Out);
        Assert.Contains("error MSSP218:", _cli.Error, StringComparison.Ordinal);
        Assert.False(HasControl(_cli.Error));
    }

    [Fact]
    public async Task List_of_an_unchecked_registry_shows_them_as_visible_symbols_and_json_escapes_them()
    {
        UncheckedRegistry.Plant(_registry.Path, _cli.Platform.StateDirectory, Model);

        Assert.Equal(0, await _cli.RunAsync("list", "--registry", _registry.Path));

        Assert.False(HasControl(_cli.Out), _cli.Out);
        Assert.Contains("Evil␛[2J␛]0;pwned␇␛]52;c;ZXZpbA==␇Corp", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("t␛[5m", _cli.Out, StringComparison.Ordinal);

        // JSON keeps the data as it is, escaped (\u001B): what a script reads back is the registry's value.
        Assert.Equal(0, await _cli.RunAsync("list", "--json", "--registry", _registry.Path));

        Assert.False(HasControl(_cli.Out), _cli.Out);
        using var json = JsonDocument.Parse(_cli.Out);
        var evil = json.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "evil");
        Assert.Equal(EvilName, evil.GetProperty("name").GetString());
        Assert.Equal(EvilNotes, evil.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task Url_and_open_of_an_unchecked_registry_echo_nothing_a_terminal_obeys()
    {
        UncheckedRegistry.Plant(_registry.Path, _cli.Platform.StateDirectory, Model);

        Assert.Equal(0, await _cli.RunAsync("url", "evil", "-p", "Run\u001bbook", "--registry", _registry.Path));
        Assert.Equal("https://wiki.example/␛]0;pwned␇/0f3c1d2e-1111-4a2b-8c3d-4e5f60718293", _cli.Out.Trim());

        _cli.Platform.NextLaunch = LaunchResult.Failed($"refusing to open '{EvilUrl}': only https URLs are opened");
        Assert.Equal(1, await _cli.RunAsync("open", "evil", "-p", "Run\u001bbook", "--registry", _registry.Path));
        Assert.False(HasControl(_cli.Out + _cli.Error), _cli.Out + _cli.Error);

        _cli.Platform.NextLaunch = LaunchResult.Success;
        Assert.Equal(0, await _cli.RunAsync("open", "evil", "-p", "Run\u001bbook", "--registry", _registry.Path));
        Assert.Contains("Opening Run␛book: https://wiki.example/␛]0;pwned␇/", _cli.Error, StringComparison.Ordinal);

        Assert.Equal(1, await _cli.RunAsync("url", "evil", "-p", "nope", "--registry", _registry.Path));
        Assert.Contains("links of evil: Run␛book", _cli.Error, StringComparison.Ordinal);

        Assert.Equal(1, await _cli.RunAsync("url", "ev", "--registry", _registry.Path));
        Assert.Contains("  evil-twin                Evil␛[1m Twin", _cli.Error, StringComparison.Ordinal);
        Assert.False(HasControl(_cli.Error), _cli.Error);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    public async Task Drift_reports_of_an_unchecked_registry_print_nothing_a_terminal_obeys(string format)
    {
        var cli = new DriftCli();
        string yaml = File.ReadAllText(RepositoryFiles.Path("customers.yaml"))
            .Replace("name: Wide World Importers", "name: \"Wide World\\e[2J\\e]0;pwned\\a Importers\"", StringComparison.Ordinal)
            .Replace("name: Woodgrove Bank", "name: \"Woodgrove\\x9b2J Bank\"", StringComparison.Ordinal);
        File.WriteAllText(_registry.Path, yaml);
        var clean = RegistryLoader.Load(RepositoryFiles.Path("customers.yaml")).Registry!;
        UncheckedRegistry.Plant(_registry.Path, cli.Platform.StateDirectory, clean with
        {
            Customers = clean.Customers.Select(c => c.Name switch
            {
                "Wide World Importers" => c with { Name = "Wide World\u001b[2J\u001b]0;pwned\u0007 Importers" },
                "Woodgrove Bank" => c with { Name = "Woodgrove\u009b2J Bank" },
                _ => c,
            }).ToArray(),
        });

        Assert.Equal(2, await cli.RunAsync("drift", "--discovery", "examples/discovery.json", "--format", format, "--registry", _registry.Path));

        Assert.False(HasControl(cli.Out), cli.Out);
        // Markdown also escapes its brackets (a link needs them).
        string visible = format == "markdown" ? "Wide World␛\\[2J␛\\]0;pwned␇ Importers" : "Wide World␛[2J␛]0;pwned␇ Importers";
        Assert.Contains(visible, format == "json" ? JsonDocument.Parse(cli.Out).RootElement.ToString() : cli.Out, StringComparison.Ordinal);
        Assert.Contains("Woodgrove\uFFFD2J Bank", format == "json" ? JsonDocument.Parse(cli.Out).RootElement.ToString() : cli.Out, StringComparison.Ordinal);
    }
}
