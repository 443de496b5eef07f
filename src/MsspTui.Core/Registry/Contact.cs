namespace MsspTui.Core.Registry;

public sealed record Contact(string? Name, string? Email, string? Phone);
