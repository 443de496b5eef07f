namespace MsspTui.Core.Roles;

/// <summary>An Entra built-in role as the registry names it (kebab-case) with its role template id.</summary>
public sealed record DirectoryRole(string Name, string TemplateId, bool IsPrivileged);
