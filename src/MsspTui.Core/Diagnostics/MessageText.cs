using System.Text;

namespace MsspTui.Core.Diagnostics;

/// <summary>Quotes user-supplied text for a diagnostic message: short, one line, no control characters, and no
/// bidirectional controls (which could make the quote read as something else, MSSP217).</summary>
public static class MessageText
{
    public const int MaxQuotedLength = 60;

    public static string Quote(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, MaxQuotedLength) + 2);
        builder.Append('\'');
        foreach (char c in value)
        {
            if (builder.Length > MaxQuotedLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) || Text.BidiControls.Is(c) ? ' ' : c);
        }

        builder.Append('\'');
        return builder.ToString();
    }
}
