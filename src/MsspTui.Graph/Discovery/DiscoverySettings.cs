namespace MsspTui.Graph.Discovery;

/// <summary>Limits of one discovery. Tests shrink the times; the defaults suit real Graph.</summary>
public sealed record DiscoverySettings
{
    /// <summary>Longest wait for one request, including the SDK's own retries of it.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>$top for GDAP relationships (Graph's maximum is 300).</summary>
    public int PageSize { get; init; } = 300;

    /// <summary>Requests per $batch (Graph's maximum is 20).</summary>
    public int BatchSize { get; init; } = 20;

    /// <summary>Tries per tenant look-up inside $batch (the first plus retries of 429 and 5xx answers).</summary>
    public int LookupAttempts { get; init; } = 4;

    /// <summary>The longest Retry-After honoured; a longer one counts as failed rather than hang.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before retrying batch items that gave no Retry-After (doubled each round).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    public static DiscoverySettings Default { get; } = new();
}
