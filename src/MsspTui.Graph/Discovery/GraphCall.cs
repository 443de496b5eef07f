namespace MsspTui.Graph.Discovery;

/// <summary>One Graph request with its own time-out; Ctrl+C (the outer token) still cancels as cancellation.</summary>
internal static class GraphCall
{
    public static async Task<T> WithTimeout<T>(Func<CancellationToken, Task<T>> call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            return await call(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {timeout.TotalSeconds:0.#}s", e);
        }
    }
}
