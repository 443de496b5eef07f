using System.Runtime.InteropServices;

namespace MsspTui.Platform;

/// <summary>
/// Whether the picker's terminal is still there. When a terminal window closes, the kernel hangs up its tty: every
/// read then returns end-of-file at once and every terminal request fails. Normally the hang-up signal ends the
/// process, but where it is ignored (started under `nohup`, some IDE and remote shells) Terminal.Gui's input loop
/// spins on that end-of-file and the picker would burn a core with no one left to see it. A hung-up tty is no longer
/// a terminal for `isatty` (its terminal requests fail), which is what this asks, through .NET's own native library
/// (the function behind <see cref="Console.IsOutputRedirected"/>, which is read once and cached).
/// </summary>
public static class TerminalPresence
{
    private const int StandardOutput = 1;

    /// <summary>True while standard output is a terminal; also wherever this cannot be asked (Windows ends the
    /// process itself when its console closes).</summary>
    public static bool IsAttached()
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            return IsATty(StandardOutput) != 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return true;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_IsATty")]
    private static extern int IsATty(nint fileDescriptor);
}
