using System.Net.Http;
using System.Text.Json;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using MsspTui.Core.Drift;

namespace MsspTui.Graph.Discovery;

/// <summary>Turns what went wrong with a source into its status (forbidden or failed) and a reason a person can act on.</summary>
internal static partial class SourceFailure
{
    public static (SourceStatus Status, string Detail) Describe(Exception exception, string permission)
    {
        switch (exception)
        {
            case ODataError odata:
                return FromStatus(odata.ResponseStatusCode, odata.Error?.Code, odata.Error?.Message, permission);
            case ApiException api:
                return FromStatus(api.ResponseStatusCode, null, null, permission);
            case AggregateException aggregate when RetriesExhausted(aggregate, permission) is { } exhausted:
                return exhausted;
            case UnreadableAnswerException unreadable:
                return (SourceStatus.Failed, $"unreadable answer: {unreadable.Message}");
            case TimeoutException timeout:
                return (SourceStatus.Failed, $"timed out: {timeout.Message}");
            case HttpRequestException http:
                return (SourceStatus.Failed, $"cannot reach Microsoft Graph: {http.Message}");
            case JsonException or FormatException or InvalidOperationException:
                return (SourceStatus.Failed, $"unreadable answer: {WithoutDotNetTypes(FirstLine(exception.Message))}");
            default:
                return (SourceStatus.Failed, $"{exception.GetType().Name}: {FirstLine(exception.Message)}");
        }
    }

    /// <param name="retried">Whether the request was already retried (by the SDK): a whole request says so; a batch
    /// item's caller counts its own tries.</param>
    public static (SourceStatus Status, string Detail) FromStatus(int status, string? code, string? message, string permission, bool retried = true)
    {
        var reason = string.Join(": ", new[] { code, message is null ? null : FirstLine(message) }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var suffix = reason.Length > 0 ? $" {reason}" : string.Empty;
        return status switch
        {
            403 => (SourceStatus.Forbidden, $"HTTP 403{suffix} (needs {permission})"),
            401 => (SourceStatus.Failed, $"HTTP 401{suffix} (token rejected or expired: run 'mssp-tui login' or renew MSSP_TUI_GRAPH_TOKEN)"),
            429 => (SourceStatus.Failed, $"HTTP 429{suffix} ({(retried ? "still throttled after retries" : "throttled")})"),
            _ => (SourceStatus.Failed, $"HTTP {status}{suffix}"),
        };
    }

    /// <summary>Kiota's retry handler gives up with an AggregateException whose inner messages carry the last status and body.</summary>
    private static (SourceStatus, string)? RetriesExhausted(AggregateException aggregate, string permission)
    {
        var last = aggregate.InnerExceptions.LastOrDefault()?.Message ?? aggregate.Message;
        var match = StatusInMessage().Match(last);
        if (!match.Success || !Enum.TryParse<System.Net.HttpStatusCode>(match.Groups[1].Value, out var status))
        {
            return null;
        }

        string? code = null, message = null;
        var brace = last.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            try
            {
                using var json = JsonDocument.Parse(last[brace..]);
                if (json.RootElement.TryGetProperty("error", out var error))
                {
                    code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                    message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                }
            }
            catch (JsonException)
            {
            }
        }

        var (result, detail) = FromStatus((int)status, code, message, permission);
        return (result, $"{detail} (still failing after the SDK's retries)");
    }

    // System.Text.Json names .NET types and its own position ("could not be converted to System.Guid. Path: $ |
    // LineNumber: 0 | BytePositionInLine: 40."): say what kind of value was expected instead.
    private static string WithoutDotNetTypes(string message)
    {
        var match = DotNetType().Match(message);
        if (!match.Success)
        {
            return message;
        }

        string kind = match.Groups[1].Value switch
        {
            "Guid" => "a GUID",
            "DateTimeOffset" or "DateTime" => "a date and time",
            "String" => "text",
            "Boolean" => "true or false",
            _ => "a number",
        };
        return $"a value that should be {kind} is not";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"could not be converted to System\.(?:Nullable`1\[System\.)?(\w+)")]
    private static partial System.Text.RegularExpressions.Regex DotNetType();

    [System.Text.RegularExpressions.GeneratedRegex(@"status code: (\w+)")]
    private static partial System.Text.RegularExpressions.Regex StatusInMessage();

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
