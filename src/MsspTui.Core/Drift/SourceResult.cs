namespace MsspTui.Core.Drift;

/// <summary>One source's outcome: status, a human reason when not ok, and how many items it returned.</summary>
public sealed record SourceResult(DiscoverySource Name, SourceStatus Status, string? Detail, int Items)
{
    public bool Answered => Status == SourceStatus.Ok;

    public static SourceResult Skipped(DiscoverySource name) => new(name, SourceStatus.Skipped, "not requested", 0);
}
