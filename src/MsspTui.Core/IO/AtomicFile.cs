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
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> contents, bool durable = true)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(contents);
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
