namespace MsspTui.Picker;

/// <summary>
/// Where the picker gets drift from. <see cref="LoadSaved"/> reads the last saved discovery (null when there is none);
/// <see cref="Refresh"/> runs a new discovery (null when it cannot: not signed in and no MSSP_TUI_GRAPH_TOKEN, in which
/// case <see cref="RefreshUnavailableReason"/> says why). Both run off the UI thread, after the first frame.
/// </summary>
public sealed record PickerDrift(
    Func<CancellationToken, Task<PickerDriftState?>> LoadSaved,
    Func<CancellationToken, Task<PickerDriftState>>? Refresh,
    bool RefreshAtStart = false,
    string RefreshUnavailableReason = "sign in with 'mssp-tui login' or set MSSP_TUI_GRAPH_TOKEN to refresh drift")
{
    /// <summary>
    /// Asked in the background after the saved drift is shown, when <see cref="RefreshAtStart"/> is false: whether a
    /// refresh can run without asking the person anything (e.g. a signed-in account is cached).
    /// </summary>
    public Func<CancellationToken, Task<bool>>? ShouldRefreshAtStart { get; init; }

    /// <summary>No drift at all: the picker works fully without it.</summary>
    public static PickerDrift None { get; } = new(_ => Task.FromResult<PickerDriftState?>(null), null);
}
