using System.CommandLine;
using MsspTui.Core.Diagnostics;
using MsspTui.Core.Registry;
using MsspTui.Core.Registry.Cache;

namespace MsspTui.Cli;

/// <summary>Locates and loads the registry for a command, telling the person what went wrong if it cannot.</summary>
public static class RegistrySession
{
    /// <summary>The path the command works on, or null after printing why there is none.</summary>
    public static string? LocatePath(ParseResult result, CliContext context)
    {
        string? path = RegistryLocator.Locate(result.GetValue(context.Options.Registry), context.Environment);
        if (path is null)
        {
            context.Error.WriteLine(
                $"mssp-tui: no registry found: pass --registry PATH, set {GlobalOptions.RegistryVariable}, " +
                $"or run where {RegistryLocator.DefaultFileName} is (or in its git repository).");
        }

        return path;
    }

    /// <summary>The loaded registry, or null after printing its errors (run `validate` for the full check).</summary>
    public static CustomerRegistry? Load(ParseResult result, CliContext context)
    {
        if (LocatePath(result, context) is not { } path)
        {
            return null;
        }

        RegistryLoadResult loaded = CachedRegistryLoader.Load(path, context.Platform.StateDirectory);
        if (loaded.Registry is not null)
        {
            return loaded.Registry;
        }

        var errors = loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        foreach (Diagnostic diagnostic in errors)
        {
            context.Error.WriteLine(DiagnosticFormatter.FormatText(diagnostic));
        }

        // A file that cannot be read has nothing more for `validate` to say.
        if (errors.Any(d => d.Code != DiagnosticCodes.FileUnreadable.Code))
        {
            context.Error.WriteLine($"mssp-tui: the registry {path} has errors; run `mssp-tui validate` for details.");
        }

        return null;
    }
}
