using System.Runtime.InteropServices;

namespace MsspTui.Picker;

/// <summary>
/// Signals that ask a process to end (kill's SIGTERM, SIGINT from another process — Ctrl+C is a key in the picker —,
/// SIGQUIT, and SIGHUP when the terminal's window or SSH session closes) end the picker the way Esc does. Left to
/// their default, they ended the process on the spot, with the terminal still in the alternate screen, the cursor
/// hidden and mouse reporting on: unusable until `reset`.
/// </summary>
internal sealed class QuitSignals : IDisposable
{
    private static readonly (PosixSignal Signal, int Number)[] Handled =
    [
        (PosixSignal.SIGHUP, 1), (PosixSignal.SIGINT, 2), (PosixSignal.SIGQUIT, 3), (PosixSignal.SIGTERM, 15),
    ];

    private readonly List<PosixSignalRegistration> _registrations = [];

    /// <param name="quit">Called (on another thread) with the exit code a shell reports for the signal, 128 + its number.</param>
    public QuitSignals(Action<int> quit)
    {
        foreach (var (signal, number) in Handled)
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    context.Cancel = true;
                    quit(128 + number);
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // Not every platform has every signal; the others are still handled.
            }
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
