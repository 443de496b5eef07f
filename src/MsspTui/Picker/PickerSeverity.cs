namespace MsspTui.Picker;

/// <summary>Severity of a drift finding as the picker shows it (ordered: a higher value is worse).</summary>
public enum PickerSeverity
{
    Info,
    Warning,
    Error,
}
