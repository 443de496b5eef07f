namespace MsspTui.Core.Registry.Shape;

/// <summary>
/// Hand-written matchers for the patterns every customer is checked against, each a whole-string match equal to its
/// regular expression: the structure check's GUID and customer id, the domain rule's DNS name, and the schema's
/// patterns (<see cref="Validation.SchemaPatterns.MatcherFor"/>). Property tests hold each to its regex. A regex match
/// per field of 10,000 customers was a tenth of a native `validate`.
/// </summary>
internal static class TextPatterns
{
    /// <summary>^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$</summary>
    public static bool IsGuid(ReadOnlySpan<char> text) =>
        // Vectorised: hex digits and dashes only, exactly four dashes, at their places (every tenant id is checked thrice).
        text.Length == 36 && text[8] == '-' && text[13] == '-' && text[18] == '-' && text[23] == '-' &&
        !text.ContainsAnyExcept(HexDigitsAndDash) && text.Count('-') == 4;

    private static readonly System.Buffers.SearchValues<char> HexDigitsAndDash = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF-");

    /// <summary>^[a-z0-9][a-z0-9-]{0,62}$</summary>
    public static bool IsCustomerId(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 63 || text[0] == '-')
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A DNS name of at least two labels in ASCII (internationalised names in xn-- form), any case:
    /// ^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$
    /// </summary>
    public static bool IsDomainName(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 253)
        {
            return false;
        }

        int labels = 0;
        int start = 0;
        while (true)
        {
            int found = text[start..].IndexOf('.');
            int dot = found < 0 ? -1 : start + found;
            int end = dot < 0 ? text.Length : dot;
            if (!IsLabel(text[start..end], last: dot < 0))
            {
                return false;
            }

            labels++;
            if (dot < 0)
            {
                return labels >= 2;
            }

            start = dot + 1;
        }
    }

    private static bool IsLabel(ReadOnlySpan<char> label, bool last)
    {
        if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || (last && !char.IsAsciiLetter(label[0])))
        {
            return false;
        }

        foreach (char c in label)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ (the schema's domain pattern; the domain rule is stricter)</summary>
    public static bool IsHostName(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !char.IsAsciiLetterOrDigit(text[0]) || !char.IsAsciiLetterOrDigit(text[^1]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>^([a-z][a-z0-9-]*|GUID)$ (a role: its name or its template id)</summary>
    public static bool IsKeyOrGuid(ReadOnlySpan<char> text)
    {
        if (IsGuid(text))
        {
            return true;
        }

        if (text.Length == 0 || !char.IsAsciiLetterLower(text[0]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
