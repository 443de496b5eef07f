using System.Runtime.InteropServices;

namespace MsspTui.Platform;

/// <summary>
/// Tells a regular file from a device, pipe or socket. .NET has no public API for it (its attributes call /dev/null
/// "Normal"), so on Unix this asks .NET's own native library, the one its file APIs use: `SystemNative_Stat` fills a
/// structure whose second field is the file mode with the type bits in portable values. Only the first two fields are
/// read; the buffer is far larger than the structure has ever been, so fields added at its end change nothing.
/// </summary>
public static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int DirectoryType = 0x4000;
    private const int RegularType = 0x8000;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return WithoutType(path);
        }

        Span<int> status = stackalloc int[128];
        byte[] utf8Path = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        int result;
        try
        {
            result = Stat(utf8Path, ref MemoryMarshal.GetReference(status));
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A .NET without this export: whatever exists is written into, never replaced (not atomic, never harmful).
            FileKind kind = WithoutType(path);
            return kind == FileKind.RegularFile ? FileKind.Special : kind;
        }

        if (result != 0)
        {
            // Not there, or not reachable (no permission on a directory on the way): nothing to follow or replace.
            return WithoutType(path);
        }

        return (status[1] & TypeMask) switch
        {
            RegularType => FileKind.RegularFile,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    // What .NET alone tells: a directory, something else, or nothing.
    private static FileKind WithoutType(string path) =>
        Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.RegularFile : FileKind.Missing;

    // Blittable arguments only (a NUL-terminated UTF-8 path, the status buffer): no marshalling code, no unsafe code.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] path, ref int status);
}
