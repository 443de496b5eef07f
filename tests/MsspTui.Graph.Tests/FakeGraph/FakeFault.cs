namespace MsspTui.Graph.Tests.FakeGraph;

/// <summary>
/// What the fake answers instead of the real thing: an HTTP status (with Retry-After and a Graph error code),
/// a delay before answering, or a body that is not JSON. <see cref="Times"/> limits how often it fires (null: always).
/// </summary>
public sealed record FakeFault
{
    public int? Status { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public string? ErrorCode { get; init; }

    public TimeSpan Delay { get; init; }

    public bool MalformedJson { get; init; }

    public int? Times { get; init; }

    public static FakeFault Throttled(int retryAfterSeconds, int? times = null) =>
        new() { Status = 429, RetryAfterSeconds = retryAfterSeconds, ErrorCode = "TooManyRequests", Times = times };

    public static FakeFault Forbidden() => new() { Status = 403, ErrorCode = "Authorization_RequestDenied" };

    public static FakeFault ServerError(int status = 503, int? times = null, int? retryAfterSeconds = 0) =>
        new() { Status = status, ErrorCode = "ServiceUnavailable", Times = times, RetryAfterSeconds = retryAfterSeconds };

    public static FakeFault Slow(TimeSpan delay, int? times = null) => new() { Delay = delay, Times = times };

    public static FakeFault BadJson(int? times = null) => new() { MalformedJson = true, Times = times };
}
