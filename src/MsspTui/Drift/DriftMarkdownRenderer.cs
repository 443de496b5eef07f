using MsspTui.Core.Drift;

namespace MsspTui.Drift;

/// <summary>GitHub-flavoured markdown for a PR comment or $GITHUB_STEP_SUMMARY: headline, sources table, findings table.</summary>
internal static class DriftMarkdownRenderer
{
    /// <summary>Writes the report to <paramref name="md"/> line by line (a large one is never held whole).</summary>
    public static void Render(DriftReportView view, TextWriter md)
    {
        var report = view.Report;
        var icon = !report.Complete ? "⚠️" : report.Findings.Count == 0 ? "✅" : "🟠";
        md.WriteLine($"### {icon} {Cell(char.ToUpperInvariant(view.Headline[0]) + view.Headline[1..])}");
        md.WriteLine();
        md.WriteLine($"{report.Summary.InSync} of {DriftReportView.Plural(report.Summary.Customers, "customer")} in sync · {view.Counts} · " +
                      $"{DriftReportView.Plural(report.Summary.Discovered, "tenant")} reachable · `{Code(report.Registry)}` · {Cell(view.DiscoveryLine)}");
        md.WriteLine();
        md.WriteLine("| Source | Status | Items | Detail |");
        md.WriteLine("|---|---|---:|---|");
        foreach (var source in report.Sources)
        {
            var status = source.Status switch
            {
                SourceStatus.Ok => "✅ ok",
                SourceStatus.Skipped => "➖ skipped",
                SourceStatus.Forbidden => "⛔ forbidden",
                _ => "❌ failed",
            };
            md.WriteLine($"| `{source.Name.ToName()}` | {status} | {source.Items} | {Cell(source.Detail ?? "")} |");
        }

        if (report.Findings.Count > 0)
        {
            md.WriteLine();
            md.WriteLine("| | Customer | Kind | Finding |");
            md.WriteLine("|---|---|---|---|");
            foreach (var finding in report.Findings)
            {
                var severity = finding.Severity switch
                {
                    DriftSeverity.Error => "🔴 error",
                    DriftSeverity.Warning => "🟡 warning",
                    _ => "🔵 info",
                };
                var who = finding.CustomerId is null
                    ? $"*unregistered* {Cell(finding.DisplayName ?? "")}<br>`{finding.TenantId}`"
                    : $"**{Cell(finding.DisplayName ?? finding.CustomerId)}**<br>`{Code(finding.CustomerId)}`";
                var detail = Cell(finding.Message);
                if (DriftReportView.ShowsExpectedActual(finding))
                {
                    detail += $"<br><sub>expected: {Cell(finding.Expected.Display)} · actual: {Cell(finding.Actual.Display)}</sub>";
                }

                md.WriteLine($"| {severity} | {who} | `{finding.Kind.ToName()}` | {detail} |");
            }
        }

        md.WriteLine();
        md.WriteLine($"<sub>{Cell(view.Coverage)} · exit {report.ExitCode}</sub>");
    }

    /// <summary>Text safe inside a table cell: no pipes, no line breaks, no HTML, no Markdown.</summary>
    private static string Cell(string text)
    {
        // Tenant and relationship names are chosen by the customer: in a PR comment or job summary they must stay text,
        // not become a link or an image fetched from their host (both need '[', escaped with a backslash) or an @-mention
        // that notifies a team ('@' gets a zero-width joiner after it, which breaks the mention).
        var cell = new System.Text.StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': cell.Append("&lt;"); break;
                case '>': cell.Append("&gt;"); break;
                case '\r' or '\n': cell.Append(' '); break;
                case '@': cell.Append("@\u200D"); break;
                case '\\' or '|' or '[' or ']':
                    cell.Append('\\').Append(c);
                    break;
                default: cell.Append(c); break;
            }
        }

        return cell.ToString();
    }

    private static string Code(string text) => text.Replace("`", "'");
}
