namespace MsspTui.Graph.Tests.FakeGraph;

/// <summary>
/// What the fake answers instead of the real thing: an HTTP status (with Retry-After and a Graph error code),
/// a delay before answering, a body that is not JSON, or any body at all. <see cref="Times"/> limits how often it fires
/// (null: always).
/// </summary>
public sealed record FakeFault
{
    public int? Status { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public string? ErrorCode { get; init; }

    public TimeSpan Delay { get; init; }

    public bool MalformedJson { get; init; }

    /// <summary>This exact body (with <see cref="Status"/>, 200 if unset) instead of the real answer.</summary>
    public string? RawBody { get; init; }

    /// <summary>Whether the fault replaces the answer (else it only delays it).</summary>
    public bool ReplacesAnswer => Status is not null || MalformedJson || RawBody is not null;

    public int? Times { get; init; }

    public static FakeFault Throttled(int retryAfterSeconds, int? times = null) =>
        new() { Status = 429, RetryAfterSeconds = retryAfterSeconds, ErrorCode = "TooManyRequests", Times = times };

    public static FakeFault Forbidden() => new() { Status = 403, ErrorCode = "Authorization_RequestDenied" };

    public static FakeFault ServerError(int status = 503, int? times = null, int? retryAfterSeconds = 0) =>
        new() { Status = status, ErrorCode = "ServiceUnavailable", Times = times, RetryAfterSeconds = retryAfterSeconds };

    public static FakeFault Slow(TimeSpan delay, int? times = null) => new() { Delay = delay, Times = times };

    public static FakeFault BadJson(int? times = null) => new() { MalformedJson = true, Times = times };

    public static FakeFault Answer(string rawBody, int status = 200, int? times = null) => new() { RawBody = rawBody, Status = status, Times = times };
}
