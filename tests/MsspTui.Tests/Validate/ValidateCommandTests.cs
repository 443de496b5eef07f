using System.Text.Json;
using MsspTui.Tests.Snapshots;
using Xunit;

namespace MsspTui.Tests.Validate;

public sealed class ValidateCommandTests : IDisposable
{
    // Line numbers in the snapshots refer to this text.
    private const string Hostile = """
        schemaVersion: 1
        provider:
          name: Test MSSP
          tenantId: 11111111-2222-4333-8444-555555555555
        defaults:
          portal: teams
        customers:
          - id: alpha
            name: "Alpha, Inc."
            tenantid: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d
            links:
              - { name: "Runbook: 100%", url: "javascript:alert('100%')" }
          - id: beta
            name: ALPHA, INC.
            tenantId: 7E2B8A6C-4F3D-4C5B-9A0E-9D8C7B6A5F4E
          - id: gamma
            name: Gamma
            tenantId: 7e2b8a6c-4f3d-4c5b-9a0e-9d8c7b6a5f4e
            domain: gamma.example
            contacts: [{ name: Ops, email: ops-at-gamma }]
        """;

    private readonly TempRegistry _registry = new(Hostile);
    private readonly CliRun _cli = new();

    public ValidateCommandTests() => _cli.Environment.CurrentDirectory = _registry.Directory;

    public void Dispose() => _registry.Dispose();

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    [InlineData("json")]
    public async Task Hostile_registry_in_each_format(string format)
    {
        int exitCode = await _cli.RunAsync("validate", "--registry", _registry.Path, "--format", format);

        Assert.Equal(1, exitCode);
        Assert.Equal("customers.yaml: 5 errors, 3 warnings\n", _cli.Error.ReplaceLineEndings("\n"));
        Snapshot.Match(_cli.Out, format);
    }

    [Fact]
    public async Task Text_is_the_default_format()
    {
        await _cli.RunAsync("validate", "--registry", _registry.Path, "--format", "text");
        string explicitText = _cli.Out;

        await _cli.RunAsync("validate", "--registry", _registry.Path);

        Assert.Equal(explicitText, _cli.Out);
    }

    [Fact]
    public async Task The_example_registry_is_valid_in_every_format()
    {
        string example = RepositoryFiles.Path("customers.yaml");

        Assert.Equal(0, await _cli.RunAsync("validate", "--registry", example));
        Assert.Equal("", _cli.Out);
        Assert.EndsWith("customers.yaml: valid\n", _cli.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        Assert.Equal(0, await _cli.RunAsync("validate", "--registry", example, "--format", "github"));
        Assert.Equal("", _cli.Out);

        Assert.Equal(0, await _cli.RunAsync("validate", "--registry", example, "--format", "json"));
        using var json = JsonDocument.Parse(_cli.Out);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task A_clean_registry_the_fast_path_confirms_reads_as_the_full_check_would_say_in_every_format()
    {
        using var clean = TempRegistry.WithCustomers(string.Concat(Enumerable.Range(1, 50).Select(i =>
            $"  - id: c{i}\n    name: \"Customer {i}\"\n    tenantId: {i:x8}-0000-4000-8000-{i:x12}\n    tags: [eu, tier{i % 3}]\n")));
        Assert.True(MsspTui.Core.Validation.CleanRegistryScan.IsCertainlyClean(clean.Path));
        Assert.Empty(MsspTui.Core.Validation.RegistryValidator.ValidateText(File.ReadAllText(clean.Path), "customers.yaml"));

        Assert.Equal(0, await _cli.RunAsync("validate", "--registry", clean.Path));
        Assert.Equal("", _cli.Out);
        Assert.EndsWith("customers.yaml: valid\n", _cli.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        Assert.Equal(0, await _cli.RunAsync("validate", "--registry", clean.Path, "--format", "json"));
        using var json = JsonDocument.Parse(_cli.Out);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task Warnings_alone_exit_0()
    {
        using var warned = TempRegistry.WithCustomers("  - { id: solo, name: Solo, tenantId: 6d1a7f5b-3e2c-4b4a-8f9d-8c7b6a5f4e3d, portal: exchange }\n");

        int exitCode = await _cli.RunAsync("validate", "--registry", warned.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains("warning MSSP213", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_registry_exits_1_with_a_message_and_no_stack_trace()
    {
        int exitCode = await _cli.RunAsync("validate", "--registry", Path.Combine(_registry.Directory, "absent.yaml"), "--format", "json");

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(_cli.Out);
        Assert.Equal("MSSP001", json.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.DoesNotContain("   at ", _cli.Out + _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        int exitCode = await _cli.RunAsync("validate", "--registry", _registry.Path, "--format", "xml");

        Assert.Equal(1, exitCode);
        Assert.Contains("xml", _cli.Error, StringComparison.Ordinal);
    }
}
