namespace MsspTui.Picker;

/// <summary>A tenant the MSSP can reach but the registry does not list; it becomes a row of its own.</summary>
public sealed record PickerUnregisteredTenant(string TenantId, string? DisplayName, IReadOnlyList<PickerFinding> Findings);
