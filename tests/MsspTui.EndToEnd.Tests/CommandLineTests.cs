using Xunit;

namespace MsspTui.EndToEnd.Tests;

/// <summary>The real executable, as a person or a pipeline runs it.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Url_of_the_example_registry_prints_the_defender_url()
    {
        ProcessResult result = await MsspTuiExecutable.RunAsync(["url", "fabrikam"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^https://security\.microsoft\.com/\?tid=[0-9a-f-]{36}\n$", result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Validate_of_the_example_registry_is_clean()
    {
        ProcessResult result = await MsspTuiExecutable.RunAsync(["validate"]);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.DoesNotContain(": error ", result.Out);
    }

    [Fact]
    public async Task Login_without_a_way_to_Microsoft_says_so_and_exits_1()
    {
        // A proxy that refuses every connection: no network is needed, and none is used.
        string state = Directory.CreateTempSubdirectory("mssp-e2e-login-").FullName;
        ProcessResult result = await MsspTuiExecutable.RunAsync(["login", "--device-code"], new Dictionary<string, string?>
        {
            ["HTTPS_PROXY"] = "http://127.0.0.1:1",
            ["MSSP_TUI_STATE_DIR"] = state,
            ["MSSP_TUI_TOKEN_CACHE"] = "memory",
        });

        Assert.True(result.ExitCode == 1, result.Error);
        Assert.Contains("sign-in failed: Microsoft sign-in cannot be reached", result.Error);
        Assert.DoesNotContain("unexpected error", result.Error);
        Directory.Delete(state, recursive: true);
    }

    [Fact]
    public async Task Open_hands_the_url_to_BROWSER_as_one_argument()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string directory = Directory.CreateTempSubdirectory("mssp-e2e-").FullName;
        string browser = Path.Combine(directory, "browser.sh");
        File.WriteAllText(browser, "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > \"$(dirname \"$0\")/args\"\necho 'browser noise'\n");
        File.SetUnixFileMode(browser, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        ProcessResult result = await MsspTuiExecutable.RunAsync(["open", "fabrikam"], new Dictionary<string, string?> { ["BROWSER"] = browser });

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("browser noise", result.Out + result.Error);
        string[] received = File.ReadAllLines(Path.Combine(directory, "args"));
        Assert.Equal("1", received[0]);
        Assert.StartsWith("https://security.microsoft.com/?tid=", received[1]);
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData("name: \"Contoso\u00a0Ltd\"", 0, "valid")]
    [InlineData("name: \"Contoso\u00a0Ltd\"\n    status: dormant", 1, "error MSSP")]
    public async Task Validate_evaluates_the_json_schema_where_the_precheck_cannot_tell(string nameLine, int exitCode, string expected)
    {
        // A no-break space is whitespace to .NET's \S but not to every regex flavour, so the schema precheck leaves this
        // customer to JsonSchema.Net: in the native build that is the library's deferred initialisation at work.
        string directory = Directory.CreateTempSubdirectory("mssp-e2e-").FullName;
        string registry = Path.Combine(directory, "customers.yaml");
        File.WriteAllText(registry, $$"""
            schemaVersion: 1
            provider: { name: Test MSSP, tenantId: 11111111-2222-4333-8444-555555555555 }
            customers:
              - id: contoso
                {{nameLine}}
                tenantId: 21111111-2222-4333-8444-555555555555

            """);

        ProcessResult result = await MsspTuiExecutable.RunAsync(["validate", "--registry", registry]);

        Assert.True(result.ExitCode == exitCode, result.Out + result.Error);
        Assert.Contains(expected, result.Out + result.Error);
        Assert.DoesNotContain("   at ", result.Out + result.Error);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Escape_sequences_written_as_YAML_escapes_fail_validate_and_never_reach_the_terminal()
    {
        string directory = Directory.CreateTempSubdirectory("mssp-e2e-").FullName;
        string registry = Path.Combine(directory, "customers.yaml");
        File.WriteAllText(registry, """
            schemaVersion: 1
            provider: { name: Test MSSP, tenantId: 11111111-2222-4333-8444-555555555555 }
            customers:
              - id: evil
                name: "Evil\x1b[2J\x1b]0;pwned\x07Corp"
                tenantId: 21111111-2222-4333-8444-555555555555
                notes: "red \x1b[31mtext\u0000"

            """);

        ProcessResult validate = await MsspTuiExecutable.RunAsync(["validate", "--registry", registry]);
        ProcessResult list = await MsspTuiExecutable.RunAsync(["list", "--registry", registry]);

        Assert.True(validate.ExitCode == 1, validate.Out + validate.Error);
        Assert.Contains("customers.yaml:5:11: error MSSP218: this value holds U+001B (ESC)", validate.Out);
        Assert.Contains("customers.yaml:7:12: error MSSP218: this value holds U+001B (ESC)", validate.Out);
        Assert.Equal(1, list.ExitCode);
        Assert.Contains("error MSSP218", list.Error);
        Assert.DoesNotContain('\u001b', validate.Out + validate.Error + list.Out + list.Error);
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData("customers:\n  - id: [unclosed\n")]
    [InlineData("\0\u0001\u0002binary")]
    [InlineData("")]
    public async Task Broken_registries_exit_1_with_a_message_and_no_stack_trace(string contents)
    {
        string directory = Directory.CreateTempSubdirectory("mssp-e2e-").FullName;
        string registry = Path.Combine(directory, "customers.yaml");
        File.WriteAllText(registry, contents);

        foreach (string[] args in new[] { ["validate", "--registry", registry], ["url", "x", "--registry", registry], new[] { "list", "--registry", registry } })
        {
            ProcessResult result = await MsspTuiExecutable.RunAsync(args);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("customers.yaml:", result.Out + result.Error);
            Assert.DoesNotContain("   at ", result.Out + result.Error);
        }

        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Unknown_command_line_options_exit_1()
    {
        ProcessResult result = await MsspTuiExecutable.RunAsync(["list", "--bogus"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--bogus", result.Error);
    }
}
