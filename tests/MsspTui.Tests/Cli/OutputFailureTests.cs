using System.Text;
using MsspTui.Cli;
using Xunit;

namespace MsspTui.Tests.Cli;

/// <summary>Output that cannot be written (a full disk, `> /dev/full`) fails the command with exit 1 and says why.</summary>
public sealed class OutputFailureTests : IDisposable
{
    private readonly TempRegistry _registry = TempRegistry.WithCustomers("""
          - id: fabrikam
            name: Fabrikam, Inc.
            tenantId: 0f3c1d2e-1111-4a2b-8c3d-4e5f60718293
        """);

    public void Dispose() => _registry.Dispose();

    [Theory]
    [InlineData("list")]
    [InlineData("url", "fabrikam")]
    [InlineData("validate", "--format", "json")]
    public async Task A_failing_stdout_is_an_input_output_error_not_a_bug_to_report(params string[] command)
    {
        var error = new StringWriter();
        var context = new CliContext(new FullDisk(), error, new FakeEnvironment(), new FakePlatform(), TimeProvider.System, stdoutIsTerminal: false);

        int exitCode = await new CliApp(context).RunAsync([.. command, "--registry", _registry.Path]);

        Assert.Equal(1, exitCode);
        Assert.Contains("mssp-tui: input/output error: No space left on device", error.ToString());
        Assert.DoesNotContain("report it", error.ToString());
    }

    private sealed class FullDisk : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }
}
