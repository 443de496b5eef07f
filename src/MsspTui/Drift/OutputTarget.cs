using System.Text;
using MsspTui.Core.IO;
using MsspTui.Cli;
using MsspTui.Platform;

namespace MsspTui.Drift;

/// <summary>
/// Writes a command's data to stdout or to --output. A file is written atomically (temporary file + rename, through a
/// symbolic link to the file it names); a device, pipe or socket (/dev/stdout, /dev/null, a FIFO) is written into,
/// since replacing it would put a regular file where it was. A missing directory is an error, not created.
/// </summary>
internal static class OutputTarget
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

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
            string full = Path.GetFullPath(path, context.Environment.CurrentDirectory);
            switch (FileKinds.Of(full))
            {
                case FileKind.Directory:
                    context.Error.WriteLine($"mssp-tui: cannot write {path}: it is a directory");
                    return false;
                case FileKind.Special:
                    WriteInto(full, render);
                    return true;
            }

            // A symbolic link stays: the file it names is replaced. (Its own directory is checked first: resolving a
            // path in a directory that does not exist throws.)
            string? missing = MissingDirectory(full);
            string target = full;
            if (missing is null && new FileInfo(full).LinkTarget is not null)
            {
                target = File.ResolveLinkTarget(full, returnFinalTarget: true)!.FullName;
                missing = MissingDirectory(target);
            }

            if (missing is not null)
            {
                context.Error.WriteLine($"mssp-tui: cannot write {path}: directory {missing} does not exist");
                return false;
            }

            AtomicFile.WriteText(target, render);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine($"mssp-tui: cannot write {path}: {e.Message}");
            return false;
        }
    }

    private static string? MissingDirectory(string file) => Path.GetDirectoryName(file) is { } directory && !Directory.Exists(directory) ? directory : null;

    private static void WriteInto(string path, Action<TextWriter> render)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 64 * 1024);
        render(writer);
    }
}
