namespace MsspTui.Picker;

/// <summary>
/// Whether the terminal names itself as one of 8 or 16 colours. Terminal.Gui draws in 24-bit colour unless TERM ends in
/// "-256color" or is "linux", so on such a terminal the picker's colours came out as whatever it made of 24-bit
/// sequences (often nothing). Plain "xterm" is left alone: the name of countless emulators that show 24-bit colour.
/// </summary>
internal static class BasicPalette
{
    private static readonly HashSet<string> BasicTerminals = new(StringComparer.OrdinalIgnoreCase)
    {
        "vt100", "vt102", "vt220", "ansi", "cons25", "linux", "screen", "rxvt", "xterm-color",
    };

    public static bool IsAllTheTerminalHas(string? term, string? colorTerm)
    {
        if (string.Equals(colorTerm, "truecolor", StringComparison.OrdinalIgnoreCase) || string.Equals(colorTerm, "24bit", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return term is { Length: > 0 } name
            && (BasicTerminals.Contains(name)
                || name.EndsWith("-16color", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith("-8color", StringComparison.OrdinalIgnoreCase));
    }
}
