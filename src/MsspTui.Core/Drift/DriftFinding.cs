namespace MsspTui.Core.Drift;

/// <summary>
/// One drift finding. <see cref="CustomerId"/> is null for <see cref="DriftKind.Unregistered"/>.
/// <see cref="Expected"/> and <see cref="Actual"/> are a string, a list of strings or null.
/// </summary>
public sealed record DriftFinding(
    DriftKind Kind,
    string? CustomerId,
    string TenantId,
    string? DisplayName,
    DriftSeverity Severity,
    string Message,
    DriftValue Expected,
    DriftValue Actual);
