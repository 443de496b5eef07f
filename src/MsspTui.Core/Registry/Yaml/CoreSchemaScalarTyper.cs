namespace MsspTui.Core.Registry.Yaml;

/// <summary>
/// Types a plain scalar by the YAML 1.2 core schema: null, true/false, integers (decimal, 0o octal, 0x hex) and
/// floats; everything else is a string (so `yes`, `on`, GUIDs and dates stay strings). One deliberate difference:
/// a number written with a leading zero (`00123`) stays a string, because reading it as 123 would lose the text.
/// </summary>
internal static class CoreSchemaScalarTyper
{
    // Every form but a string starts with '~', a sign, a digit, '.', or is null, true or false: nearly every value (a
    // name, an id, a domain, a tag such as "tier1") is a string by its first character and length, told where it is
    // read. A digit other than the 0 of 0o or 0x starts only a decimal number (a tenant id often starts with one).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ScalarType Resolve(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return ScalarType.Null;
        }

        char first = text[0];
        if (char.IsAsciiLetter(first))
        {
            return text.Length is 4 or 5 && (first | 0x20) is 'n' or 't' or 'f' ? ResolveByForm(text) : ScalarType.String;
        }

        return char.IsAsciiDigit(first) && !(first == '0' && text.Length > 2 && text[1] is 'o' or 'x') ? ClassifyDecimal(text) : ResolveByForm(text);
    }

    private static ScalarType ResolveByForm(ReadOnlySpan<char> text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return ScalarType.Null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                return ScalarType.Boolean;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF"
                or ".nan" or ".NaN" or ".NAN":
                return ScalarType.Float;
        }

        if (IsPrefixedInteger(text, "0o", IsOctalDigit) || IsPrefixedInteger(text, "0x", char.IsAsciiHexDigit))
        {
            return ScalarType.Integer;
        }

        return ClassifyDecimal(text);
    }

    private static bool IsOctalDigit(char c) => c is >= '0' and <= '7';

    private static bool IsPrefixedInteger(ReadOnlySpan<char> text, string prefix, Func<char, bool> isDigit)
    {
        if (text.Length <= prefix.Length || !text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = prefix.Length; i < text.Length; i++)
        {
            if (!isDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // [-+]? ( [0-9]+ | \.[0-9]+ | [0-9]+\.[0-9]* ) ( [eE][-+]?[0-9]+ )?
    private static ScalarType ClassifyDecimal(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        int integerStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        int integerDigits = i - integerStart;
        bool hasFraction = false;
        int fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            hasFraction = true;
            i++;
            int fractionStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            fractionDigits = i - fractionStart;
        }

        if (integerDigits == 0 && fractionDigits == 0)
        {
            return ScalarType.String;
        }

        bool hasExponent = false;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            hasExponent = true;
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            int exponentStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == exponentStart)
            {
                return ScalarType.String;
            }
        }

        if (i != text.Length)
        {
            return ScalarType.String;
        }

        bool leadingZero = integerDigits > 1 && text[integerStart] == '0';
        if (leadingZero)
        {
            return ScalarType.String;
        }

        return hasFraction || hasExponent ? ScalarType.Float : ScalarType.Integer;
    }
}
