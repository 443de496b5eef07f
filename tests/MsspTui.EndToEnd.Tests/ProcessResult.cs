namespace MsspTui.EndToEnd.Tests;

public sealed record ProcessResult(int ExitCode, string Out, string Error);
