using MsspTui.Core.Registry;
using MsspTui.Core.Text;

namespace MsspTui.Commands;

/// <summary>The `list` table for people: aligned columns (wide characters count twice), one customer a line.</summary>
public static class CustomerListTable
{
    private static readonly string[] Headers = ["ID", "NAME", "TENANT ID", "STATUS", "ACCESS", "TAGS"];

    public static void Write(TextWriter output, IReadOnlyList<Customer> customers)
    {
        List<string[]> rows =
        [
            Headers,
            .. customers.Select(c => new[]
            {
                c.Id, c.Name, c.TenantId.ToLowerInvariant(), StatusName(c.Status), AccessName(c.Access), string.Join(",", c.Tags),
            }),
        ];
        int[] widths = Enumerable.Range(0, Headers.Length).Select(i => rows.Max(r => DisplayWidth.Of(r[i]))).ToArray();
        foreach (string[] row in rows)
        {
            string line = string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : DisplayWidth.PadRight(cell, widths[i])));
            output.WriteLine(line.TrimEnd());
        }
    }

    public static string StatusName(CustomerStatus status) => status.ToString().ToLowerInvariant();

    public static string AccessName(AccessKind access) => access.ToString().ToLowerInvariant();
}
