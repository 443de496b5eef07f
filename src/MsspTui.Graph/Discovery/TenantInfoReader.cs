using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Graph;
using MsspTui.Core.Drift;

namespace MsspTui.Graph.Discovery;

/// <summary>
/// findTenantInformationByTenantId for each tenant, in $batches of at most BatchSize. The SDK does not retry inside
/// a batch, so throttled (429), failed (5xx) and unreadable items are retried here in later rounds, after the largest
/// Retry-After among them; an item whose Retry-After exceeds MaxRetryAfter is marked failed at once, and after
/// LookupAttempts tries an item is marked failed. 404 / Directory_ObjectNotFound is "not found"; any other answer is a
/// failed look-up with its reason.
/// </summary>
internal sealed class TenantInfoReader(GraphServiceClient client, DiscoverySettings settings, TimeProvider time)
{
    public const string Permission = "CrossTenantInformation.ReadBasic.All";

    public async Task<IReadOnlyList<TenantLookup>> ReadAsync(IReadOnlyCollection<string> tenantIds, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, TenantLookup>();
        var pending = tenantIds.Select(TenantIds.Normalize).Distinct().ToList();
        var lastFailure = new Dictionary<string, string>();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var retry = new List<string>();
            var wait = TimeSpan.Zero;
            string? unanswered = null;
            foreach (var chunk in pending.Chunk(Math.Clamp(settings.BatchSize, 1, 20)))
            {
                if (unanswered is not null)
                {
                    // A batch got no answer within the time-out: the next ones would most likely wait as long each (a
                    // minute per 20 customers against a host that takes connections and never answers).
                    foreach (var tenant in chunk)
                    {
                        results[tenant] = new TenantLookup(tenant, TenantLookupStatus.Failed, null, null, $"not asked: an earlier batch {unanswered}");
                    }

                    continue;
                }

                var (round, timedOut) = await SendBatchAsync(chunk, cancellationToken).ConfigureAwait(false);
                unanswered = timedOut ? round[0].Outcome.Lookup?.Detail : null;
                foreach (var (tenant, outcome) in round)
                {
                    if (outcome.Lookup is { } lookup)
                    {
                        results[tenant] = lookup;
                    }
                    else if (outcome.RetryAfter > settings.MaxRetryAfter)
                    {
                        // Only this item gives up: the others of the round are still retried, without that long wait.
                        results[tenant] = Failed(tenant, outcome.Failure!, attempt,
                            $", Retry-After {outcome.RetryAfter.TotalSeconds:0}s exceeds {settings.MaxRetryAfter.TotalSeconds:0}s");
                    }
                    else
                    {
                        retry.Add(tenant);
                        lastFailure[tenant] = outcome.Failure!;
                        wait = outcome.RetryAfter > wait ? outcome.RetryAfter : wait;
                    }
                }
            }

            if (retry.Count == 0)
            {
                break;
            }

            // After a batch that got no answer, another round would only wait out the time-out again.
            if (attempt >= settings.LookupAttempts || unanswered is not null)
            {
                foreach (var tenant in retry)
                {
                    results[tenant] = Failed(tenant, lastFailure[tenant], attempt, string.Empty);
                }

                break;
            }

            var delay = wait > TimeSpan.Zero ? wait : settings.RetryDelay * Math.Pow(2, attempt - 1);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            pending = retry;
        }

        return tenantIds.Select(TenantIds.Normalize).Distinct().Select(t => results[t]).ToArray();
    }

    private static TenantLookup Failed(string tenant, string failure, int attempt, string why) =>
        new(tenant, TenantLookupStatus.Failed, null, null, $"{failure} after {attempt} tr{(attempt == 1 ? "y" : "ies")}{why}");

    /// <returns>Each tenant's outcome, and whether the batch got no answer within the time-out.</returns>
    private async Task<(IReadOnlyList<(string Tenant, LookupOutcome Outcome)> Outcomes, bool TimedOut)> SendBatchAsync(string[] tenants,
        CancellationToken cancellationToken)
    {
        var content = new BatchRequestContentCollection(client, Math.Clamp(settings.BatchSize, 1, 20));
        var byStep = new Dictionary<string, string>();
        for (var i = 0; i < tenants.Length; i++)
        {
            var step = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var request = client.TenantRelationships.FindTenantInformationByTenantIdWithTenantId(tenants[i]).ToGetRequestInformation();
            await content.AddBatchRequestStepAsync(request, step).ConfigureAwait(false);
            byStep[step] = tenants[i];
        }

        BatchResponseContentCollection batch;
        Exception? unreadable;
        try
        {
            (batch, unreadable) = await GraphCall.WithTimeout(async ct =>
            {
                var answer = await client.Batch.PostAsync(content, ct).ConfigureAwait(false);

                // The SDK reads the batch's body when first asked for an item, without a token: read it here, so
                // that the call's time-out and Ctrl+C cover it too (the SDK keeps the parsed body).
                try
                {
                    await answer.GetResponsesStatusCodesAsync().WaitAsync(ct).ConfigureAwait(false);
                    return (answer, (Exception?)null);
                }
                catch (Exception e) when (IsUnreadableBatch(e))
                {
                    return (answer, e);
                }
            }, settings.CallTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (detail, retryable, retryAfter) = WholeBatchFailure(e);
            return (tenants.Select(t => (t, retryable
                ? LookupOutcome.Retry(detail, retryAfter)
                : LookupOutcome.Done(new TenantLookup(t, TenantLookupStatus.Failed, null, null, detail)))).ToArray(), e is TimeoutException);
        }

        if (unreadable is not null)
        {
            // Not a batch answer at all: nothing in it can be matched to a look-up, so every item is tried again.
            var reason = unreadable is ClientException { InnerException: { } inner }
                ? $"not JSON ({FirstSentence(inner.Message)})"
                : FirstSentence(unreadable.Message);
            return (tenants.Select(t => (t, LookupOutcome.Retry($"unreadable $batch answer: {reason}", TimeSpan.Zero))).ToArray(), false);
        }

        var outcomes = new List<(string, LookupOutcome)>();
        foreach (var (step, tenant) in byStep)
        {
            HttpResponseMessage? response;
            try
            {
                response = await batch.GetResponseByIdAsync(step).ConfigureAwait(false);
            }
            catch (Exception e) when (IsUnreadableBatch(e))
            {
                // Items Graph's format does not allow (an id that is not a string, ...) cannot be matched to their
                // look-ups: no answer was read, so they are tried again like a malformed item.
                outcomes.Add((tenant, LookupOutcome.Retry($"unreadable $batch answer: {FirstSentence(e.Message)}", TimeSpan.Zero)));
                continue;
            }

            if (response is null)
            {
                outcomes.Add((tenant, LookupOutcome.Retry("no answer for this item in the batch", TimeSpan.Zero)));
                continue;
            }

            using (response)
            {
                outcomes.Add((tenant, await ReadItemAsync(tenant, response, time, cancellationToken).ConfigureAwait(false)));
            }
        }

        return (outcomes, false);
    }

    /// <summary>
    /// The whole batch failed (after the SDK's own retries). Throttling, server errors and time-outs give every item of
    /// it another round, after the batch's Retry-After if it gave one; anything else fails them now.
    /// </summary>
    private (string Detail, bool Retryable, TimeSpan RetryAfter) WholeBatchFailure(Exception e)
    {
        var (_, detail) = SourceFailure.Describe(e, Permission);
        return e switch
        {
            ServiceException { ResponseStatusCode: 429 or >= 500 } service => ThrottledBatch(service, detail),
            Microsoft.Kiota.Abstractions.ApiException { ResponseStatusCode: 429 or >= 500 } => (detail, true, TimeSpan.Zero),

            // A host name that does not resolve (no network, a typo in --graph-url) will not resolve a second later:
            // retrying every look-up only made a run without network wait 15 seconds for the same answer.
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => (detail, false, TimeSpan.Zero),

            // Likewise a host that refuses the connection (offline behind a VPN, a proxy that is down): the three
            // retries and their back-off made every offline run and picker refresh wait about 15 seconds to say so.
            HttpRequestException { InnerException: System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused } } =>
                (detail, false, TimeSpan.Zero),

            // A batch that got no answer within the time-out (a minute by default, the SDK's own retries included) would
            // most likely wait as long again: against a host that takes connections and never answers, three more
            // rounds made drift take four and a half minutes to say so.
            TimeoutException => (detail, false, TimeSpan.Zero),
            HttpRequestException or JsonException => (detail, true, TimeSpan.Zero),
            _ => (detail, false, TimeSpan.Zero),
        };
    }

    private (string Detail, bool Retryable, TimeSpan RetryAfter) ThrottledBatch(ServiceException service, string detail)
    {
        TimeSpan wait = service.ResponseHeaders is { } headers ? RetryAfter(headers, time) : TimeSpan.Zero;

        // A Retry-After beyond the cap is not waited for by the SDK either (GraphClientBuilder): the batch was sent once.
        return wait > settings.MaxRetryAfter
            ? (SourceFailure.FromStatus(service.ResponseStatusCode, null, null, Permission, retried: false).Detail, true, wait)
            : (detail, true, wait);
    }

    /// <summary>
    /// What the SDK throws for a batch body that is not a batch answer: ClientException (status 0) when it is not JSON
    /// at all (an HTML page from a proxy, ...); plain .NET exceptions when an item lacks its id or status, repeats an
    /// id, or has an id that is not a string (a null id: NullReferenceException).
    /// </summary>
    private static bool IsUnreadableBatch(Exception e) =>
        e is ClientException { ResponseStatusCode: 0 } or KeyNotFoundException or ArgumentException or FormatException
            or InvalidOperationException or OverflowException or NullReferenceException;

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        line = end > 0 ? line[..end] : line.TrimEnd('.');
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    private static async Task<LookupOutcome> ReadItemAsync(string tenant, HttpResponseMessage response, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return LookupOutcome.Retry($"unreadable answer: expected a JSON object, got {root.ValueKind}", TimeSpan.Zero);
                }

                return LookupOutcome.Done(new TenantLookup(tenant, TenantLookupStatus.Found,
                    Text(root, "displayName"), Text(root, "defaultDomainName"), null));
            }
            catch (JsonException e)
            {
                return LookupOutcome.Retry($"unreadable answer: {e.Message.Split('.')[0]}", TimeSpan.Zero);
            }
        }

        var (code, message) = ErrorOf(body);
        if (status == 404 || code == "Directory_ObjectNotFound")
        {
            return LookupOutcome.Done(new TenantLookup(tenant, TenantLookupStatus.NotFound, null, null, code ?? "HTTP 404"));
        }

        var (_, detail) = SourceFailure.FromStatus(status, code, message, Permission, retried: false);
        if (status == 429 || status >= 500)
        {
            return LookupOutcome.Retry(detail, RetryAfter(response.Headers, time));
        }

        return LookupOutcome.Done(new TenantLookup(tenant, TenantLookupStatus.Failed, null, null, detail));
    }

    private static TimeSpan RetryAfter(HttpResponseHeaders headers, TimeProvider time)
    {
        if (headers.RetryAfter is { } header)
        {
            if (header.Delta is { } delta)
            {
                return delta;
            }

            if (header.Date is { } date)
            {
                var left = date - time.GetUtcNow();
                return left > TimeSpan.Zero ? left : TimeSpan.Zero;
            }
        }

        return headers.TryGetValues("Retry-After", out var values) &&
               int.TryParse(values.FirstOrDefault(), out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
    }

    private static (string? Code, string? Message) ErrorOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var error) &&
                error.ValueKind == JsonValueKind.Object)
            {
                return (Text(error, "code"), Text(error, "message"));
            }
        }
        catch (JsonException)
        {
        }

        return (null, null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private sealed record LookupOutcome(TenantLookup? Lookup, string? Failure, TimeSpan RetryAfter)
    {
        public static LookupOutcome Done(TenantLookup lookup) => new(lookup, null, TimeSpan.Zero);

        public static LookupOutcome Retry(string failure, TimeSpan retryAfter) => new(null, failure, retryAfter);
    }
}
