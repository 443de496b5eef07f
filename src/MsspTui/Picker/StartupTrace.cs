using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MsspTui.Picker;

/// <summary>
/// Off by default. When <c>MSSP_TUI_STARTUP_TRACE</c> names a file, the picker appends one line per start-up phase
/// to it — milliseconds since the process started, the garbage collections so far, the bytes allocated so far and (on
/// Linux) the page faults so far — so the first frame's cost can be split into its parts (runtime start, registry
/// load, picker state, terminal set-up, first draw) without a profiler. Page faults matter: on the VMs this is measured
/// on, each first touch of a page of fresh memory costs about 11 µs.
/// </summary>
internal static class StartupTrace
{
    public const string Variable = "MSSP_TUI_STARTUP_TRACE";

    private static readonly string? s_path = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : null;
    private static readonly StringBuilder s_lines = new();

    public static bool Enabled => s_path is not null;

    public static void Mark(string phase)
    {
        if (s_path is null)
        {
            return;
        }

        double sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        lock (s_lines)
        {
            // Collections so far (gen 0/1/2): a collection before the first frame shows as a jump in the times.
            s_lines.Append(
                CultureInfo.InvariantCulture,
                $"{sinceStart,8:F1} ms  {phase}  (gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, allocated {GC.GetTotalAllocatedBytes() / 1e6:F1} MB{PageFaults()})\n");
        }
    }

    // The process's minor page faults so far: the tenth field of /proc/self/stat (the eighth after the command's name,
    // which may hold spaces, in parentheses); nothing where there is no such file.
    private static string PageFaults()
    {
        try
        {
            string stat = File.ReadAllText("/proc/self/stat");
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return $", page faults {fields[7]}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or IndexOutOfRangeException)
        {
            return string.Empty;
        }
    }

    /// <summary>Appends the phases recorded so far to the file (once the first frame is out).</summary>
    public static void Flush()
    {
        if (s_path is null)
        {
            return;
        }

        string text;
        lock (s_lines)
        {
            text = s_lines.ToString();
            s_lines.Clear();
        }

        try
        {
            File.AppendAllText(s_path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A diagnostic aid must never break the picker.
        }
    }
}
