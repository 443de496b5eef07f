using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Core.Drift;
using MsspTui.Core.Registry;
using MsspTui.Graph.Auth;
using MsspTui.Picker;

namespace MsspTui.Drift;

/// <summary>
/// The picker's drift: at once from a saved discovery (--discovery FILE, else the latest one `drift`/`discover` or a
/// refresh kept in the state directory), then from Graph in the background when a token is at hand
/// (MSSP_TUI_GRAPH_TOKEN, or a signed-in account in the token cache). Nothing here writes to the terminal: the picker
/// owns it, so messages become exceptions the picker shows in its status line.
/// </summary>
internal static class PickerDriftSource
{
    public static PickerDrift Create(CliContext context, ParseResult result, CustomerRegistry registry, string? discoveryFile)
    {
        string savedPath = discoveryFile is null
            ? LiveDiscovery.LatestPath(context, registry.Provider)
            : Path.GetFullPath(discoveryFile, context.Environment.CurrentDirectory);
        bool tokenFromEnvironment = GraphEnvironment.Token(context.Environment) is not null;
        return new PickerDrift(
            LoadSaved: _ => Task.FromResult(LoadSaved(registry, savedPath, required: discoveryFile is not null)),
            Refresh: cancellationToken => RefreshAsync(context, result, registry, cancellationToken),
            RefreshAtStart: tokenFromEnvironment)
        {
            ShouldRefreshAtStart = tokenFromEnvironment ? null : _ => IsSignedInAsync(context, registry),
        };
    }

    private static PickerDriftState? LoadSaved(CustomerRegistry registry, string path, bool required)
    {
        if (!required && !File.Exists(path))
        {
            return null;
        }

        // DiscoverySnapshotException carries a message fit for the status line.
        DiscoverySnapshot snapshot = DiscoverySnapshotFile.Read(path);
        return Analyze(registry, snapshot);
    }

    private static async Task<PickerDriftState> RefreshAsync(CliContext context, ParseResult result, CustomerRegistry registry,
        CancellationToken cancellationToken)
    {
        var messages = new StringWriter();
        CliContext quiet = context.Redirected(TextWriter.Null, messages);
        if (await GraphAccess.ConnectAsync(result, quiet, registry.Provider, cancellationToken).ConfigureAwait(false) is not { } connection)
        {
            throw new InvalidOperationException(FirstLine(messages.ToString()));
        }

        DiscoverySnapshot snapshot = await LiveDiscovery
            .RunAsync(quiet, connection, registry, new HashSet<DiscoverySource>(DiscoverySourceNames.All), cancellationToken)
            .ConfigureAwait(false);
        return Analyze(registry, snapshot);
    }

    /// <summary>Whether the token cache holds an account, so that a refresh at start will not ask anyone anything.</summary>
    private static async Task<bool> IsSignedInAsync(CliContext context, CustomerRegistry registry)
    {
        try
        {
            MsalSignIn signIn = await MsalSignIn.CreateAsync(SignInFactory.Settings(registry.Provider, context)).ConfigureAwait(false);
            return await signIn.CurrentAccountAsync().ConfigureAwait(false) is not null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // No secret store, a locked keyring…: no refresh at start; Ctrl+R still says why.
            return false;
        }
    }

    private static PickerDriftState Analyze(CustomerRegistry registry, DiscoverySnapshot snapshot)
    {
        // As in `drift`: a discovery is judged as of when it ran, so a saved one stays honest about its age.
        DriftReport report = DriftAnalyzer.Analyze(registry, snapshot, snapshot.GeneratedAt, DriftOptions.Default);
        return PickerDriftMapper.Map(report, snapshot.GeneratedAt);
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()?.Replace("mssp-tui: ", "")
        ?? "drift refresh unavailable";
}
