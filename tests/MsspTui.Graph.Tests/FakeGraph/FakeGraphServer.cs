using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MsspTui.Graph.Tests.FakeGraph;

/// <summary>
/// A stand-in for Microsoft Graph v1.0 on 127.0.0.1 (random port): delegatedAdminRelationships and contracts with
/// server-side paging through @odata.nextLink, findTenantInformationByTenantId, and POST /$batch (at most 20, answers
/// in reverse order, per-item statuses). It records every request and injects <see cref="FakeFaults"/>.
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    public const string Token = "fake-graph-token-7f3a";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    private FakeGraphServer(WebApplication app)
    {
        this.app = app;
    }

    public List<JsonObject> Relationships { get; } = [];

    public List<JsonObject> Contracts { get; } = [];

    /// <summary>Known tenants by lower-case id; a look-up of any other id answers 404 Directory_ObjectNotFound.</summary>
    public ConcurrentDictionary<string, JsonObject> Tenants { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The most items the fake puts on one page, whatever $top asks (real Graph may also return fewer).</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Host written into next links (tests set another host to check the token never goes there).</summary>
    public string? NextLinkBaseOverride { get; set; }

    /// <summary>Every page's next link leads back to that same page: paging that would never end.</summary>
    public bool NextLinkLoops { get; set; }

    /// <summary>$batch answers carry their ids as JSON numbers (1) instead of the strings Graph sends ("1").</summary>
    public bool BatchIdsAsNumbers { get; set; }

    public FakeFaults Faults { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests => requests.ToArray();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetService(typeof(IServer)) is IServer s
            ? s.Features.Get<IServerAddressesFeature>()!.Addresses.First()
            : throw new InvalidOperationException("no server");
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1.0");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public void AddRelationship(string tenantId, string customerName, string status = "active", string[]? roles = null,
        DateTimeOffset? end = null, string autoExtend = "PT0S", string? id = null) =>
        Relationships.Add(new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.delegatedAdminRelationship",
            ["id"] = id ?? $"{tenantId}-rel-{Relationships.Count}",
            ["displayName"] = $"{customerName} SOC",
            ["status"] = status,
            ["duration"] = "P730D",
            ["autoExtendDuration"] = autoExtend,
            ["endDateTime"] = (end ?? new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            ["customer"] = new JsonObject { ["tenantId"] = tenantId, ["displayName"] = customerName },
            ["accessDetails"] = new JsonObject
            {
                ["unifiedRoles"] = new JsonArray((roles ?? []).Select(r => (JsonNode)new JsonObject { ["roleDefinitionId"] = r }).ToArray()),
            },
        });

    public void AddContract(string tenantId, string name, string domain) =>
        Contracts.Add(new JsonObject
        {
            ["id"] = $"contract-{Contracts.Count}",
            ["contractType"] = "ResellerPartnership",
            ["customerId"] = tenantId,
            ["displayName"] = name,
            ["defaultDomainName"] = domain,
        });

    public void AddTenant(string tenantId, string name, string domain) =>
        Tenants[tenantId] = new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.tenantInformation",
            ["tenantId"] = tenantId,
            ["displayName"] = name,
            ["defaultDomainName"] = domain,
            ["federationBrandName"] = null,
        };

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = Uri.UnescapeDataString(request.Path.Value ?? string.Empty);
        var authorization = request.Headers.Authorization.ToString();
        var batchItems = new List<string>();
        JsonObject? batchBody = null;
        if (request.Method == "POST")
        {
            try
            {
                batchBody = (await JsonNode.ParseAsync(request.Body, cancellationToken: context.RequestAborted))?.AsObject();
            }
            catch (JsonException)
            {
            }

            foreach (var item in batchBody?["requests"]?.AsArray() ?? [])
            {
                batchItems.Add(item?["url"]?.GetValue<string>() ?? string.Empty);
            }
        }

        requests.Enqueue(new RecordedRequest(request.Method, path + request.QueryString.Value, authorization.Length == 0 ? null : authorization, batchItems));

        FakeAnswer answer;
        if (authorization != $"Bearer {Token}")
        {
            answer = FakeAnswer.Error(401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
        }
        else if (!path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            answer = FakeAnswer.Error(404, "BadRequest", $"Resource not found for the segment '{path}'.");
        }
        else
        {
            answer = await RouteAsync(request.Method, path["/v1.0".Length..], request.Query, batchBody, context.RequestAborted);
        }

        await WriteAsync(context.Response, answer, context.RequestAborted);
    }

    private async Task<FakeAnswer> RouteAsync(string method, string path, IQueryCollection query, JsonObject? batchBody, CancellationToken aborted)
    {
        switch (method, path)
        {
            case ("GET", "/tenantRelationships/delegatedAdminRelationships"):
                return await WithFaultAsync("relationships", () => Page(Relationships, path, query), aborted);
            case ("GET", "/contracts"):
                return await WithFaultAsync("contracts", () => Page(Contracts, path, query), aborted);
            case ("POST", "/$batch"):
                return await WithFaultAsync("batch", () => Batch(batchBody), aborted);
        }

        if (method == "GET" && TenantLookupPath().Match(path) is { Success: true } match)
        {
            var tenant = match.Groups[1].Value;
            return await WithFaultAsync($"tenant:{tenant.ToLowerInvariant()}", () => Lookup(tenant), aborted);
        }

        return FakeAnswer.Error(400, "BadRequest", $"Unsupported request {method} {path}");
    }

    private async Task<FakeAnswer> WithFaultAsync(string key, Func<FakeAnswer> real, CancellationToken aborted)
    {
        if (Faults.Next(key) is not { } fault)
        {
            return real();
        }

        if (fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, aborted);
        }

        return fault.ReplacesAnswer ? FakeAnswer.From(fault) : real();
    }

    private FakeAnswer Page(List<JsonObject> items, string path, IQueryCollection query)
    {
        var top = int.TryParse(query["$top"], out var t) ? t : MaxPageSize;
        var size = Math.Min(Math.Min(top, MaxPageSize), 999);
        var skip = int.TryParse(query["$skiptoken"], out var s) ? s : 0;
        var page = items.Skip(skip).Take(size).Select(i => (JsonNode)i.DeepClone()).ToArray();
        var body = new JsonObject
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#{path.TrimStart('/')}",
            ["value"] = new JsonArray(page),
        };
        if (skip + size < items.Count || NextLinkLoops)
        {
            var root = NextLinkBaseOverride ?? BaseUrl.ToString().TrimEnd('/');
            body["@odata.nextLink"] = $"{root}{path}?$top={top}&$skiptoken={(NextLinkLoops ? skip : skip + size)}";
        }

        return new FakeAnswer(200, body);
    }

    private FakeAnswer Lookup(string tenant) =>
        Tenants.TryGetValue(tenant, out var info)
            ? new FakeAnswer(200, info.DeepClone())
            : FakeAnswer.Error(404, "Directory_ObjectNotFound", $"Resource '{tenant}' does not exist or one of its queried reference-property objects are not present.");

    private FakeAnswer Batch(JsonObject? body)
    {
        if (body?["requests"] is not JsonArray items)
        {
            return FakeAnswer.Error(400, "BadRequest", "Invalid batch payload format.");
        }

        if (items.Count > 20)
        {
            return FakeAnswer.Error(400, "BadRequest", "Number of individual requests in a batch exceeds the limit of 20.");
        }

        var ids = items.Select(i => i?["id"]?.GetValue<string>()).ToArray();
        if (ids.Distinct().Count() != ids.Length)
        {
            return FakeAnswer.Error(400, "BadRequest", "Batch request contains duplicate ids.");
        }

        var responses = new JsonArray();
        foreach (var item in items.Reverse())
        {
            var url = item!["url"]!.GetValue<string>();
            var relative = Uri.UnescapeDataString(url.StartsWith('/') ? url : "/" + url);
            FakeAnswer answer;
            if (TenantLookupPath().Match(relative) is { Success: true } match)
            {
                var key = $"tenant:{match.Groups[1].Value.ToLowerInvariant()}";
                var fault = Faults.Next(key);
                answer = fault is { ReplacesAnswer: true } ? FakeAnswer.From(fault) : Lookup(match.Groups[1].Value);
            }
            else
            {
                answer = FakeAnswer.Error(400, "BadRequest", $"Unsupported batch item {relative}");
            }

            var headers = new JsonObject { ["Content-Type"] = "application/json" };
            if (answer.RetryAfterSeconds is { } retryAfter)
            {
                headers["Retry-After"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            responses.Add(new JsonObject
            {
                ["id"] = BatchIdsAsNumbers
                    ? JsonValue.Create(int.Parse(item["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))
                    : item["id"]!.GetValue<string>(),
                ["status"] = answer.Status,
                ["headers"] = headers,
                ["body"] = answer.RawBody is { } raw ? JsonValue.Create(raw) : answer.Body?.DeepClone(),
            });
        }

        return new FakeAnswer(200, new JsonObject { ["responses"] = responses });
    }

    private static async Task WriteAsync(HttpResponse response, FakeAnswer answer, CancellationToken aborted)
    {
        response.StatusCode = answer.Status;
        response.ContentType = "application/json";
        if (answer.RetryAfterSeconds is { } retryAfter)
        {
            response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await response.WriteAsync(answer.RawBody ?? answer.Body?.ToJsonString() ?? string.Empty, aborted);
    }

    [GeneratedRegex(@"^/tenantRelationships/(?:microsoft\.graph\.)?findTenantInformationByTenantId\(tenantId='([^']*)'\)$")]
    private static partial Regex TenantLookupPath();
}
