namespace MsspTui.Graph.Tests.FakeGraph;

/// <summary>One HTTP request the fake received; <see cref="BatchItems"/> are the relative URLs inside a $batch.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, string? Authorization, IReadOnlyList<string> BatchItems);
