using System.Text.Json.Nodes;

namespace MsspTui.Graph.Tests.FakeGraph;

/// <summary>An answer before it is written: status, headers and either a JSON body or raw text (for malformed JSON).</summary>
internal sealed record FakeAnswer(int Status, JsonNode? Body, string? RawBody = null, int? RetryAfterSeconds = null)
{
    public static FakeAnswer Error(int status, string code, string message, int? retryAfter = null) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, null, retryAfter);

    public static FakeAnswer From(FakeFault fault) =>
        fault.RawBody is { } raw ? new FakeAnswer(fault.Status ?? 200, null, raw, fault.RetryAfterSeconds)
        : fault.MalformedJson ? new FakeAnswer(200, null, "{\"value\": [ {\"id\": \"trunc")
        : Error(fault.Status ?? 500, fault.ErrorCode ?? "Fault", $"injected fault {fault.Status}", fault.RetryAfterSeconds);
}
