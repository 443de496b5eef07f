namespace MsspTui.Picker;

/// <summary>
/// Column widths of the customer list for a given width: name and tags flex, the tenant id shortens when narrow. Below
/// 80 columns (a split pane) the name keeps most of the row: the id, tenant id and tags go first, then the status,
/// then the drift badge. A column of width 0 is not drawn, nor its gap.
/// </summary>
internal readonly record struct ListColumns(int Marker, int Name, int Id, int TenantId, int Tags, int Status, int Drift)
{
    public const int Gap = 1;

    private const int MarkerWidth = 2;

    // What the name, id and tags share at 80 columns; narrower rows use Narrow.
    private const int FlexFrom = 40;

    private const int NarrowStatus = 10;
    private const int NarrowDrift = 14;
    private const int MinNarrowName = 16;

    public static ListColumns For(int width)
    {
        int available = Math.Max(width - MarkerWidth - (5 * Gap), 0);
        int status = available >= 90 ? 12 : 10;
        int drift = available >= 110 ? 24 : available >= 90 ? 20 : 14;
        int tenant = available >= 125 ? 36 : 9;
        int rest = available - status - drift - tenant;
        if (rest < FlexFrom)
        {
            return Narrow(Math.Max(width - MarkerWidth, 0));
        }

        int id = Math.Min(rest / 4, 24);
        int tags = Math.Min(rest / 4, 30);
        int name = rest - id - tags;
        return new ListColumns(MarkerWidth, name, id, tenant, tags, status, drift);
    }

    private static ListColumns Narrow(int room)
    {
        int name = room - Gap - (NarrowStatus + Gap) - (NarrowDrift + Gap);
        if (name >= MinNarrowName)
        {
            return new ListColumns(MarkerWidth, name, 0, 0, 0, NarrowStatus, NarrowDrift);
        }

        name = room - Gap - (NarrowDrift + Gap);
        return name >= MinNarrowName
            ? new ListColumns(MarkerWidth, name, 0, 0, 0, 0, NarrowDrift)
            : new ListColumns(MarkerWidth, Math.Max(room - Gap, 0), 0, 0, 0, 0, 0);
    }
}
