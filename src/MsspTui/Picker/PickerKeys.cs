namespace MsspTui.Picker;

/// <summary>Every key of the picker, as help and docs/picker.md list them (one source, so they cannot disagree).</summary>
public static class PickerKeys
{
    public static IReadOnlyList<(string Keys, string Action)> All { get; } =
    [
        ("type", "filter: fuzzy, terms AND-ed, upper case = exact case"),
        ("paste", "the first line goes into the filter (a tenant id, a name)"),
        ("Backspace / Ctrl+W / Ctrl+U", "delete a character / a word / the whole filter"),
        ("Up Down / Ctrl+P Ctrl+N", "move the selection (also Ctrl+K / Ctrl+J)"),
        ("PgUp PgDn / Home End", "move a page / to the first or last row"),
        ("Enter", "open the customer's default portal"),
        ("Tab / Ctrl+O", "portal menu: any portal or custom link"),
        ("Ctrl+T", "open the multi-tenant (MTO) Defender view"),
        ("Ctrl+Y", "copy the default portal URL (clipboard or OSC 52)"),
        ("Ctrl+D", "show only customers with drift (toggle)"),
        ("Ctrl+R", "refresh drift from Microsoft Graph"),
        ("Shift+Up Shift+Down", "scroll the detail pane"),
        ("F1 / ?", "this help"),
        ("Esc", "clear the filter; quit when it is empty"),
        ("Ctrl+C", "quit"),
    ];

    public static IReadOnlyList<(string Keys, string Action)> PortalMenu { get; } =
    [
        ("Up Down / 1-9", "choose"),
        ("Enter", "open"),
        ("Ctrl+Y", "copy its URL"),
        ("Esc / Tab", "close"),
    ];

    public const string Hints = "Enter open  Tab portals  ^T mto  ^Y copy  ^D drift only  ^R refresh  F1 help  Esc quit";

    /// <summary>The hints for terminals narrower than <see cref="Hints"/>.</summary>
    public const string CompactHints = "↵ open Tab portals ^T mto ^Y copy ^D drift ^R refresh F1 help Esc quit";
}
