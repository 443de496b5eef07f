using System.Text;

namespace MsspTui.Picker;

/// <summary>The short drift mark of a row: the worst finding's symbol and kind, and how many more there are.</summary>
public static class DriftBadge
{
    public static string Symbol(PickerSeverity severity) => severity switch
    {
        PickerSeverity.Error => "✗",
        PickerSeverity.Warning => "!",
        _ => "·",
    };

    public static string For(IReadOnlyList<PickerFinding> findings)
    {
        if (findings.Count == 0)
        {
            return string.Empty;
        }

        PickerFinding worst = findings[0];
        foreach (PickerFinding finding in findings)
        {
            if (finding.Severity > worst.Severity)
            {
                worst = finding;
            }
        }

        var badge = new StringBuilder().Append(Symbol(worst.Severity)).Append(' ').Append(worst.Kind);
        if (findings.Count > 1)
        {
            badge.Append(" +").Append(findings.Count - 1);
        }

        return badge.ToString();
    }

    public static PickerSeverity? Worst(IReadOnlyList<PickerFinding> findings) =>
        findings.Count == 0 ? null : findings.Max(f => f.Severity);
}
