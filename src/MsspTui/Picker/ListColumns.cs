namespace MsspTui.Picker;

/// <summary>Column widths of the customer list for a given width: name and tags flex, the tenant id shortens when narrow.</summary>
internal readonly record struct ListColumns(int Marker, int Name, int Id, int TenantId, int Tags, int Status, int Drift)
{
    public const int Gap = 1;

    public static ListColumns For(int width)
    {
        const int marker = 2;
        int available = Math.Max(width - marker - (5 * Gap), 0);
        int status = available >= 90 ? 12 : 10;
        int drift = available >= 110 ? 24 : available >= 90 ? 20 : 14;
        int tenant = available >= 125 ? 36 : 9;
        int rest = Math.Max(available - status - drift - tenant, 0);
        int id = Math.Min(rest / 4, 24);
        int tags = Math.Min(rest / 4, 30);
        int name = rest - id - tags;
        return new ListColumns(marker, name, id, tenant, tags, status, drift);
    }
}
