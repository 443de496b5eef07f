using MsspTui.Core.Drift;
using MsspTui.Picker;

namespace MsspTui.Drift;

/// <summary>Turns a drift report into what the picker shows: findings per customer and unregistered tenants as rows.</summary>
internal static class PickerDriftMapper
{
    public static PickerDriftState Map(DriftReport report, DateTimeOffset discoveredAt)
    {
        var byCustomer = report.Findings
            .Where(f => f.CustomerId is not null)
            .GroupBy(f => f.CustomerId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PickerFinding>)g.Select(ToPicker).ToList(), StringComparer.Ordinal);
        var unregistered = report.Findings
            .Where(f => f.CustomerId is null)
            .GroupBy(f => f.TenantId, StringComparer.OrdinalIgnoreCase)
            .Select(g => new PickerUnregisteredTenant(g.Key, g.First().DisplayName, g.Select(ToPicker).ToList()))
            .ToList();
        string? incomplete = report.Complete
            ? null
            : string.Join("; ", report.Sources.Where(s => s.Status is not (SourceStatus.Ok or SourceStatus.Skipped))
                .Select(s => $"{s.Name.ToName()} {s.Status.ToString().ToLowerInvariant()}{(s.Detail is null ? "" : ": " + s.Detail)}"));
        return new PickerDriftState(byCustomer, unregistered, discoveredAt, incomplete)
        {
            Answered = report.Sources.Where(s => s.Answered).Select(s => s.Name).ToHashSet(),
        };
    }

    private static PickerFinding ToPicker(DriftFinding finding) =>
        new(finding.Kind.ToName(), finding.Severity switch
        {
            DriftSeverity.Error => PickerSeverity.Error,
            DriftSeverity.Warning => PickerSeverity.Warning,
            _ => PickerSeverity.Info,
        }, finding.Message);
}
