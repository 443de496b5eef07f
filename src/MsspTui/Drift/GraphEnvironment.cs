using System.Globalization;
using MsspTui.Cli;
using MsspTui.Graph.Auth;

namespace MsspTui.Drift;

/// <summary>The environment variables that steer Graph access: a ready token, and the time-out of each request.</summary>
internal static class GraphEnvironment
{
    public const string TimeoutVariable = "MSSP_TUI_GRAPH_TIMEOUT";

    /// <summary>The longest time-out a request may be given: an hour (the default is a minute).</summary>
    public const int MaxTimeoutSeconds = 3600;

    /// <summary>MSSP_TUI_GRAPH_TOKEN, trimmed; null when unset or blank (a blank token would only earn 401 answers).</summary>
    public static string? Token(IEnvironment environment) =>
        environment.GetVariable(StaticAccessTokenProvider.Variable) is { } token && !string.IsNullOrWhiteSpace(token) ? token.Trim() : null;

    /// <summary>The time-out of each Graph request: <paramref name="fallback"/> when the variable is unset or blank;
    /// null, with <paramref name="error"/> for the user, when it is not a number of seconds from 1 to an hour.</summary>
    public static TimeSpan? CallTimeout(IEnvironment environment, TimeSpan fallback, out string? error)
    {
        error = null;
        string? text = environment.GetVariable(TimeoutVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds is >= 1 and <= MaxTimeoutSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        error = $"{TimeoutVariable} must be a number of seconds from 1 to {MaxTimeoutSeconds} (got '{Core.Text.VisibleText.Of(text)}')";
        return null;
    }
}
