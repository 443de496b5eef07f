namespace MsspTui.Platform;

/// <summary>What a path names, following symbolic links.</summary>
public enum FileKind
{
    Missing,
    RegularFile,
    Directory,

    /// <summary>A device, named pipe or socket (/dev/null, /dev/stdout's pipe, a FIFO): written into, never replaced.</summary>
    Special,
}
