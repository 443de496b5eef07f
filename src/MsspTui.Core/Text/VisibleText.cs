using System.Buffers;

namespace MsspTui.Core.Text;

/// <summary>
/// Text from outside — Microsoft Graph, a saved discovery — made safe to print. A terminal obeys control characters
/// (an escape sequence in a tenant's display name can clear the screen, retitle the window or worse), and
/// bidirectional overrides reorder what is shown. They become visible symbols: C0 controls their Unicode control
/// pictures (␛ for ESC, ␊ for a line feed), DEL ␡, C1 controls and bidirectional overrides U+FFFD.
/// </summary>
public static class VisibleText
{
    private static readonly SearchValues<char> Hidden = SearchValues.Create(
        ControlCharacters.All + BidiControls.Characters);

    /// <summary>Whether <paramref name="text"/> has nothing to replace (<see cref="Of"/> returns it as it is).</summary>
    public static bool IsVisible(string text) => !text.AsSpan().ContainsAny(Hidden);

    public static string Of(string text)
    {
        int first = text.AsSpan().IndexOfAny(Hidden);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (int i = state.first; i < chars.Length; i++)
            {
                chars[i] = chars[i] switch
                {
                    < '\u0020' and var c => (char)(0x2400 + c),
                    '\u007F' => '\u2421',
                    >= '\u0080' and <= '\u009F' => '\uFFFD',
                    var c => BidiControls.Is(c) ? '\uFFFD' : c,
                };
            }
        });
    }

    public static string? OfNullable(string? text) => text is null ? null : Of(text);
}
