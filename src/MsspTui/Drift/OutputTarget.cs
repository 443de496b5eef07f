using MsspTui.Core.IO;
using MsspTui.Cli;
using MsspTui.Core.Drift;

namespace MsspTui.Drift;

/// <summary>Writes a command's data to stdout, or to --output atomically (temp file + rename).</summary>
internal static class OutputTarget
{
    /// <returns>False after printing why the file could not be written.</returns>
    public static bool Write(CliContext context, string? path, string text)
    {
        if (path is null)
        {
            context.Out.Write(text);
            return true;
        }

        try
        {
            AtomicFile.WriteAllText(Path.Combine(context.Environment.CurrentDirectory, path), text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine($"mssp-tui: cannot write {path}: {e.Message}");
            return false;
        }
    }
}
