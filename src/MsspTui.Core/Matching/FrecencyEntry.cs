namespace MsspTui.Core.Matching;

/// <summary>How often and how recently a customer was opened from the picker.</summary>
public sealed record FrecencyEntry(string CustomerId, int Visits, DateTimeOffset LastVisit);
