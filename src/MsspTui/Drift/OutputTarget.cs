using MsspTui.Core.IO;
using MsspTui.Cli;
using MsspTui.Core.Drift;

namespace MsspTui.Drift;

/// <summary>Writes a command's data to stdout, or to --output atomically (temp file + rename).</summary>
internal static class OutputTarget
{
    /// <returns>False after printing why the file could not be written.</returns>
    public static bool Write(CliContext context, string? path, string text) => Write(context, path, writer => writer.Write(text));

    /// <summary>As <see cref="Write(CliContext, string?, string)"/>, for output written as it is produced.</summary>
    public static bool Write(CliContext context, string? path, Action<TextWriter> render)
    {
        if (path is null)
        {
            using var buffered = new BufferedTextWriter(context.Out);
            render(buffered);
            return true;
        }

        try
        {
            AtomicFile.WriteText(Path.Combine(context.Environment.CurrentDirectory, path), render);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine($"mssp-tui: cannot write {path}: {e.Message}");
            return false;
        }
    }
}
