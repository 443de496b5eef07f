using System.Text;

namespace MsspTui.Core.IO;

/// <summary>
/// Writes files so that a reader never sees half of one: the text goes to a temporary file in the same directory,
/// which then replaces the target in one rename. A crash leaves either the old file or the new one.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string contents) => WriteAllBytes(path, Utf8NoBom.GetBytes(contents));

    /// <param name="durable">false for files that may be lost in a crash (a cache): skips waiting for the disk (fsync).</param>
    public static void WriteAllBytes(string path, byte[] contents, bool durable = true) =>
        Write(path, stream => stream.Write(contents), durable);

    /// <summary>UTF-8 text (no byte order mark) written as <paramref name="write"/> produces it, never all held at once.</summary>
    public static void WriteText(string path, Action<TextWriter> write) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true);
            write(writer);
        });

    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <param name="durable">false for files that may be lost in a crash (a cache): skips waiting for the disk (fsync).</param>
    public static void Write(string path, Action<Stream> write, bool durable = true)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: durable);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
