namespace MsspTui.Core.Matching;

/// <summary>The searchable fields of a customer, in the order ties between fields are broken.</summary>
public enum SearchField
{
    Name,
    Id,
    Aliases,
    Tags,
    TenantId,
}
