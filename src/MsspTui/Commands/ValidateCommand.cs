using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Core.Diagnostics;
using MsspTui.Core.Validation;

namespace MsspTui.Commands;

/// <summary>
/// `validate [--format text|github|json]`: the full registry check (YAML, JSON Schema, rules) as a CI gate.
/// Diagnostics are data (stdout); the one-line verdict is a message (stderr). Exit 0 valid (warnings allowed), 1 errors.
/// </summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (file:line:column: …), github (annotations in GitHub Actions) or json",
            HelpName = "text|github|json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github", "json");
        var command = new Command("validate", "Check the registry: YAML, JSON Schema and rules; exit 1 on errors");
        command.Options.Add(format);
        command.SetAction(result =>
        {
            if (RegistrySession.LocatePath(result, context) is not { } path)
            {
                return ExitCodes.Failure;
            }

            string shown = DisplayPath(path, context.Environment.CurrentDirectory);
            IReadOnlyList<Diagnostic> diagnostics = RegistryValidator.Validate(path).Select(d => d with { File = shown }).ToList();
            context.Out.Write(DiagnosticFormatter.Format(diagnostics, Parse(result.GetValue(format))));
            context.Error.WriteLine(DiagnosticFormatter.Summary(shown, diagnostics));
            return DiagnosticFormatter.IsValid(diagnostics) ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static DiagnosticFormat Parse(string? format) => format switch
    {
        "github" => DiagnosticFormat.GitHub,
        "json" => DiagnosticFormat.Json,
        _ => DiagnosticFormat.Text,
    };

    /// <summary>
    /// Relative to the working directory when the file is under it, with '/' separators: GitHub annotations need
    /// the path from the repository root (where workflows run), and it reads better everywhere.
    /// </summary>
    private static string DisplayPath(string path, string currentDirectory)
    {
        string full = Path.GetFullPath(path, currentDirectory);
        string relative = Path.GetRelativePath(currentDirectory, full);
        bool outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? full : relative).Replace(Path.DirectorySeparatorChar, '/');
    }
}
