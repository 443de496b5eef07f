using MsspTui.Core.Drift;

namespace MsspTui.Drift;

/// <summary>The terminal report: findings grouped per customer, then unregistered tenants, then summary and coverage.</summary>
internal static class DriftTextRenderer
{
    /// <summary>Writes the report to <paramref name="text"/> line by line (a large one is never held whole).</summary>
    public static void Render(DriftReportView view, bool color, TextWriter text)
    {
        var report = view.Report;
        string Paint(string s, string code) => color ? $"\u001b[{code}m{s}\u001b[0m" : s;

        text.WriteLine(Paint($"Drift report: {report.Registry} vs Microsoft Graph", "1"));
        text.WriteLine(Paint(view.DiscoveryLine, "2"));
        text.WriteLine();

        var kindWidth = report.Findings.Select(f => f.Kind.ToName().Length).DefaultIfEmpty(0).Max();
        var indent = new string(' ', 2 + 7 + 2 + kindWidth + 2);
        foreach (var group in view.Groups)
        {
            var first = group.First();
            text.WriteLine(group.Key is null
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
                text.WriteLine($"  {Paint(label.PadRight(7), code)}  {finding.Kind.ToName().PadRight(kindWidth)}  {message}");
                if (DriftReportView.ShowsExpectedActual(finding))
                {
                    text.Write(indent);
                    text.WriteLine(Paint($"expected: {finding.Expected.Display} · actual: {finding.Actual.Display}", "2"));
                }
            }

            text.WriteLine();
        }

        var headlineColor = !report.Complete ? "31;1" : report.Findings.Count == 0 ? "32;1" : "33;1";
        text.WriteLine(
            $"{Paint(Capitalize(view.Headline), headlineColor)}. {report.Summary.InSync} in sync; {view.Counts}; " +
            $"{DriftReportView.Plural(report.Summary.Discovered, "tenant")} reachable.");
        text.WriteLine(Capitalize(view.Coverage) + ".");
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
