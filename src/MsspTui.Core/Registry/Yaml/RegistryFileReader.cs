using MsspTui.Core.Diagnostics;

namespace MsspTui.Core.Registry.Yaml;

/// <summary>Reads at most <see cref="RegistryLoader.MaxFileBytes"/> + 1 bytes, so a huge file or a device never fills memory.</summary>
internal static class RegistryFileReader
{
    public static byte[]? Read(string path, DiagnosticSink sink)
    {
        try
        {
            if (Directory.Exists(path))
            {
                sink.Add(DiagnosticCodes.FileUnreadable, SourcePosition.FileStart, $"'{path}' is a directory, not a registry file");
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);

            // The usual case, a file of known size within the limit: read it into an array of exactly that size (a
            // larger buffer had to be copied). If it changed size meanwhile, it is read again below, bounded.
            if (stream.CanSeek && stream.Length <= RegistryLoader.MaxFileBytes)
            {
                var exact = new byte[stream.Length];
                if (stream.ReadAtLeast(exact, exact.Length, throwOnEndOfStream: false) == exact.Length && stream.ReadByte() < 0)
                {
                    return exact;
                }

                stream.Position = 0;
            }

            var buffer = new byte[Math.Min(RegistryLoader.MaxFileBytes + 1, stream.CanSeek ? stream.Length + 1 : RegistryLoader.MaxFileBytes + 1)];
            int total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            if (total > RegistryLoader.MaxFileBytes)
            {
                sink.Add(DiagnosticCodes.FileTooLarge, SourcePosition.FileStart,
                    $"the registry is larger than the {RegistryLoader.MaxFileBytes / 1024 / 1024} MiB limit; split notes out or check the file is the registry");
                return null;
            }

            return buffer.AsSpan(0, total).ToArray();
        }
        catch (FileNotFoundException)
        {
            sink.Add(DiagnosticCodes.FileUnreadable, SourcePosition.FileStart, $"registry file '{path}' not found");
        }
        catch (DirectoryNotFoundException)
        {
            sink.Add(DiagnosticCodes.FileUnreadable, SourcePosition.FileStart, $"registry file '{path}' not found (its directory does not exist)");
        }
        catch (UnauthorizedAccessException)
        {
            sink.Add(DiagnosticCodes.FileUnreadable, SourcePosition.FileStart, $"no permission to read '{path}'");
        }
        catch (IOException exception)
        {
            sink.Add(DiagnosticCodes.FileUnreadable, SourcePosition.FileStart, $"cannot read '{path}': {exception.Message}");
        }

        return null;
    }
}
