using System.Runtime.CompilerServices;

namespace MsspTui.Core.Text;

/// <summary>Trimming a value that is known to be printable ASCII, whose only white space is ' ', without a look-up per end.</summary>
internal static class Trimming
{
    /// <summary>
    /// <paramref name="text"/> without white space (char.IsWhiteSpace) at either end; <paramref name="printableAscii"/>:
    /// the caller knows it holds only ' ' to '~'.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text, bool printableAscii) =>
        !printableAscii ? text.Trim() : text.IsEmpty || (text[0] != ' ' && text[^1] != ' ') ? text : text.Trim(' ');
}
