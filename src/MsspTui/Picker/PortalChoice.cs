namespace MsspTui.Picker;

/// <summary>An entry of the portal menu: a catalog portal or a custom link, with its expanded https URL.</summary>
public sealed record PortalChoice(string Name, string Title, string Url, bool IsDefault);
