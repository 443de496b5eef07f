using System.Text;

namespace MsspTui.Benchmarks;

/// <summary>
/// Writes a valid registry of N made-up customers, deterministic for a given N, with names that look like real ones
/// (several words, some shared prefixes, a few CJK), so matching is measured on realistic text.
/// </summary>
public static class SyntheticRegistry
{
    private static readonly string[] First = ["Contoso", "Fabrikam", "Northwind", "Woodgrove", "Litware", "Adatum", "Tailspin", "Proseware", "Wingtip", "Fourth Coffee", "Alpine", "Margie's", "Lamna", "Relecloud", "Trey", "Humongous", "Coho", "Blue Yonder", "Graphic Design", "Wide World", "桜", "東京", "Zürich", "Ødegaard"];
    private static readonly string[] Second = ["Manufacturing", "Bank", "Insurance", "Logistics", "Health", "Energy", "Retail", "Foods", "Airlines", "Research", "Pharma", "Legal", "Media", "Holdings", "Motors", "Travel"];
    private static readonly string[] Suffix = ["Inc.", "Ltd.", "GmbH", "S.A.", "AG", "LLC", "plc", "株式会社", "Oy", "B.V."];
    private static readonly string[] Tags = ["tier1", "tier2", "tier3", "eu", "us", "apac", "finance", "health", "retail", "xdr", "mdr"];

    public static string Yaml(int customers)
    {
        var text = new StringBuilder(customers * 200);
        text.Append("schemaVersion: 1\nprovider:\n  name: Benchmark MSSP\n  tenantId: 4f707437-aee2-4054-9ac5-c95347b8687c\n");
        text.Append("defaults:\n  portal: defender\n  expectedRoles: [security-reader, security-operator]\ncustomers:\n");
        for (int i = 0; i < customers; i++)
        {
            string name = Name(i);
            text.Append("  - id: c").Append(i.ToString("D6")).Append('-').Append(Slug(First[i % First.Length])).Append('\n');
            text.Append("    name: \"").Append(name).Append("\"\n");
            text.Append("    tenantId: ").Append(TenantId(i)).Append('\n');
            text.Append("    domain: c").Append(i).Append(".example.com\n");
            text.Append("    tags: [").Append(Tags[i % Tags.Length]).Append(", ").Append(Tags[(i % Tags.Length + 1 + (i / 7) % (Tags.Length - 1)) % Tags.Length]).Append("]\n");
        }

        return text.ToString();
    }

    /// <summary>The display names alone, one a line: what fzf is given in the side-by-side measurement.</summary>
    public static IEnumerable<string> Names(int customers) => Enumerable.Range(0, customers).Select(Name);

    public static string Name(int i) =>
        $"{First[i % First.Length]} {Second[(i / First.Length) % Second.Length]} {i} {Suffix[(i / 3) % Suffix.Length]}";

    private static string TenantId(int i)
    {
        Span<byte> bytes = stackalloc byte[16];
        new Random(i).NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("D");
    }

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z').ToArray()) is { Length: > 0 } slug ? slug : "x";
}
