using System.Text;
using MsspTui.Core.Drift;

namespace MsspTui.Drift;

/// <summary>The terminal report: findings grouped per customer, then unregistered tenants, then summary and coverage.</summary>
internal static class DriftTextRenderer
{
    public static string Render(DriftReportView view, bool color)
    {
        var report = view.Report;
        var text = new StringBuilder();
        string Paint(string s, string code) => color ? $"\u001b[{code}m{s}\u001b[0m" : s;

        text.AppendLine(Paint($"Drift report: {report.Registry} vs Microsoft Graph", "1"));
        text.AppendLine(Paint(view.DiscoveryLine, "2"));
        text.AppendLine();

        var kindWidth = report.Findings.Select(f => f.Kind.ToName().Length).DefaultIfEmpty(0).Max();
        foreach (var group in view.Groups)
        {
            var first = group.First();
            text.AppendLine(group.Key is null
                ? Paint("Unregistered tenants", "1")
                : $"{Paint(first.DisplayName ?? group.Key, "1")} ({group.Key})  {Paint(first.TenantId, "2")}");
            foreach (var finding in group)
            {
                var (label, code) = finding.Severity switch
                {
                    DriftSeverity.Error => ("error", "31"),
                    DriftSeverity.Warning => ("warning", "33"),
                    _ => ("info", "36"),
                };
                var message = group.Key is null
                    ? $"{Paint(finding.TenantId, "2")}  {finding.Message}"
                    : finding.Message;
                text.Append("  ").Append(Paint(label.PadRight(7), code)).Append("  ")
                    .Append(finding.Kind.ToName().PadRight(kindWidth)).Append("  ").AppendLine(message);
                if (DriftReportView.ShowsExpectedActual(finding))
                {
                    text.Append(' ', 2 + 7 + 2 + kindWidth + 2)
                        .AppendLine(Paint($"expected: {finding.Expected.Display} · actual: {finding.Actual.Display}", "2"));
                }
            }

            text.AppendLine();
        }

        var headlineColor = !report.Complete ? "31;1" : report.Findings.Count == 0 ? "32;1" : "33;1";
        text.Append(Paint(Capitalize(view.Headline), headlineColor)).Append(". ")
            .Append($"{report.Summary.InSync} in sync; {view.Counts}; {DriftReportView.Plural(report.Summary.Discovered, "tenant")} reachable.")
            .AppendLine();
        text.AppendLine(Capitalize(view.Coverage) + ".");
        return text.ToString();
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
