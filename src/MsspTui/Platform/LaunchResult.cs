namespace MsspTui.Platform;

/// <param name="Launched">The browser (or opener) was started.</param>
/// <param name="Problem">Why not, for the person: no browser found, not https, the command failed.</param>
/// <param name="NoBrowser">There is no browser to use here (not an error: the URL is shown instead).</param>
public sealed record LaunchResult(bool Launched, string? Problem, bool NoBrowser = false)
{
    public static LaunchResult Success { get; } = new(true, null);

    public static LaunchResult Failed(string problem) => new(false, problem);

    public static LaunchResult Unavailable(string problem) => new(false, problem, NoBrowser: true);
}
