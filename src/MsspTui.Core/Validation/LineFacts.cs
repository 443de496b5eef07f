namespace MsspTui.Core.Validation;

/// <summary>
/// What <see cref="CustomerBlockScanner"/> learnt of a line and its value with one search each, so that each text
/// read from it can skip the checks that could only fail on characters the line does not hold.
/// </summary>
/// <param name="PrintableAscii">Every character is ' ' to '~' (nearly every line).</param>
/// <param name="MaySpellSecret">The value on the line is long enough for a secret and holds a character a secret's pattern needs (<see cref="SecretDetector.MaySpellSecret"/>).</param>
internal readonly record struct LineFacts(bool PrintableAscii, bool MaySpellSecret)
{
    /// <summary>Nothing known: every check runs.</summary>
    public static LineFacts Unknown => new(PrintableAscii: false, MaySpellSecret: true);
}
