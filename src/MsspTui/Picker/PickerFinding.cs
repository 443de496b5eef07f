namespace MsspTui.Picker;

/// <summary>One drift finding as the picker shows it: the drift kind's kebab-case name (e.g. "missing"), its severity, its message.</summary>
public sealed record PickerFinding(string Kind, PickerSeverity Severity, string Message);
