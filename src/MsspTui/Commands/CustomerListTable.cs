using MsspTui.Core.Registry;
using MsspTui.Core.Text;

namespace MsspTui.Commands;

/// <summary>
/// The `list` table for people: aligned columns (wide characters count twice), one customer a line. Every cell is
/// <see cref="VisibleText"/>: a control character in a registry that skipped `validate` must not act on the terminal.
/// </summary>
public static class CustomerListTable
{
    private static readonly string[] Headers = ["ID", "NAME", "TENANT ID", "STATUS", "ACCESS", "TAGS"];

    public static void Write(TextWriter output, IReadOnlyList<Customer> customers)
    {
        int columns = Headers.Length;
        var cells = new string[(customers.Count + 1) * columns];
        var cellWidths = new int[cells.Length];
        Headers.CopyTo(cells, 0);
        for (int row = 0; row < customers.Count; row++)
        {
            Customer c = customers[row];
            int at = (row + 1) * columns;
            cells[at] = VisibleText.Of(c.Id);
            cells[at + 1] = VisibleText.Of(c.Name);
            cells[at + 2] = VisibleText.Of(c.TenantId.ToLowerInvariant());
            cells[at + 3] = StatusName(c.Status);
            cells[at + 4] = AccessName(c.Access);
            cells[at + 5] = VisibleText.Of(string.Join(",", c.Tags));
        }

        // Each cell measured once (wide characters take two columns): 100,000 customers used to measure every cell twice.
        var widths = new int[columns];
        for (int i = 0; i < cells.Length; i++)
        {
            cellWidths[i] = DisplayWidth.Of(cells[i]);
            widths[i % columns] = Math.Max(widths[i % columns], cellWidths[i]);
        }

        var line = new System.Text.StringBuilder();
        for (int at = 0; at < cells.Length; at += columns)
        {
            line.Clear();
            for (int column = 0; column < columns; column++)
            {
                line.Append(cells[at + column]);
                if (column < columns - 1)
                {
                    line.Append(' ', widths[column] - cellWidths[at + column] + 2);
                }
            }

            output.WriteLine(TrimEnd(line));
        }
    }

    // An empty last column (no tags) leaves the padding before it at the end of the line.
    private static string TrimEnd(System.Text.StringBuilder line)
    {
        int length = line.Length;
        while (length > 0 && char.IsWhiteSpace(line[length - 1]))
        {
            length--;
        }

        return line.ToString(0, length);
    }

    public static string StatusName(CustomerStatus status) => StatusNames.TryGetValue(status, out string? name) ? name : status.ToString().ToLowerInvariant();

    public static string AccessName(AccessKind access) => AccessNames.TryGetValue(access, out string? name) ? name : access.ToString().ToLowerInvariant();

    private static readonly Dictionary<CustomerStatus, string> StatusNames = Enum.GetValues<CustomerStatus>().ToDictionary(v => v, v => v.ToString().ToLowerInvariant());

    private static readonly Dictionary<AccessKind, string> AccessNames = Enum.GetValues<AccessKind>().ToDictionary(v => v, v => v.ToString().ToLowerInvariant());
}
