using System.Diagnostics;

namespace MsspTui.EndToEnd.Tests;

/// <summary>
/// The real mssp-tui: the native binary named by $MSSP_TUI_EXE (to test a published AOT build end to end),
/// else the JIT build next to this test project (`dotnet mssp-tui.dll`).
/// </summary>
public static class MsspTuiExecutable
{
    public const string OverrideVariable = "MSSP_TUI_EXE";

    public static string RepositoryRoot => MsspTui.Testing.RepositoryRoot.Path;

    /// <summary>The command line that starts mssp-tui: program then leading arguments.</summary>
    public static IReadOnlyList<string> CommandLine { get; } = Resolve();

    public static string ExampleRegistry => Path.Combine(RepositoryRoot, "customers.yaml");

    public static async Task<ProcessResult> RunAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(CommandLine[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryRoot,
        };
        foreach (string argument in CommandLine.Skip(1).Concat(args))
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["NO_COLOR"] = "1";
        startInfo.Environment.Remove("MSSP_TUI_REGISTRY");
        startInfo.Environment.Remove("MSSP_TUI_GRAPH_TOKEN");
        startInfo.Environment.Remove("BROWSER");
        foreach ((string name, string? value) in environment ?? new Dictionary<string, string?>())
        {
            startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo)!;
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mssp-tui {string.Join(' ', args)} did not finish within 60 s");
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }

    private static IReadOnlyList<string> Resolve()
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } native)
        {
            return [Path.GetFullPath(native)];
        }

        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        string dll = Path.Combine(RepositoryRoot, "src", "MsspTui", "bin", configuration, "net10.0", "mssp-tui.dll");
        return ["dotnet", dll];
    }
}
