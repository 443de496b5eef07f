using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace MsspTui.Graph;

/// <summary>
/// Builds the real <see cref="GraphServiceClient"/> for a Graph root. The SDK's own middleware stays (retry of 429,
/// 503, 504 honouring Retry-After, redirects, compression); the retry waits at most <paramref name="maxRetryAfter"/>,
/// so a huge Retry-After fails fast instead of hanging. Time-outs are per call (see GraphCall), not on the HttpClient.
/// </summary>
public static class GraphClientBuilder
{
    public static GraphServiceClient Create(string baseUrl, IAccessTokenProvider tokens, TimeSpan maxRetryAfter,
        HttpMessageHandler? finalHandler = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = new RetryHandlerOption
        {
            MaxRetry = 3,
            // Kiota consults this for every response: it must itself limit retries to throttling and unavailability.
            ShouldRetry = (_, _, response) => IsRetryable(response) && RetryAfter(response) <= maxRetryAfter,
        };
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i] = new RetryHandler(retry);
            }
        }

        var http = GraphClientFactory.Create(handlers, finalHandler: finalHandler ?? new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(15),
            AllowAutoRedirect = false,
        });
        http.Timeout = Timeout.InfiniteTimeSpan;
        return new GraphServiceClient(http, new BaseBearerTokenAuthenticationProvider(tokens), baseUrl);
    }

    private static bool IsRetryable(HttpResponseMessage response) =>
        (int)response.StatusCode is 429 or 503 or 504;

    private static TimeSpan RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => TimeSpan.Zero,
    };
}
