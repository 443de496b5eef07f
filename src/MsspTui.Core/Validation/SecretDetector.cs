using System.Text.RegularExpressions;

namespace MsspTui.Core.Validation;

/// <summary>
/// Recognises field names and values that look like credentials. Nothing in a registry is a secret: it lives in
/// git, is read by every analyst and copied into CI logs, so a secret found here must be removed and rotated.
/// </summary>
public static partial class SecretDetector
{
    private static readonly HashSet<string> SecretKeys = new(StringComparer.Ordinal)
    {
        "secret", "clientsecret", "appsecret", "apisecret", "secretkey", "secretvalue",
        "password", "passwd", "pwd", "passphrase", "pass",
        "token", "accesstoken", "refreshtoken", "bearertoken", "authtoken", "idtoken", "apitoken", "sastoken", "pat",
        "apikey", "key", "privatekey", "accountkey", "sharedaccesskey", "subscriptionkey",
        "connectionstring", "credential", "credentials", "certificate", "certificatepassword", "pfx",
    };

    // The literals the value patterns require: "eyJ" (JWT), "Q~" (Entra secret), "-----BEGIN" (private key), "="
    // (connection string, SAS signature), "@" (credentials in a URL), "_" (GitHub tokens: gh?_ and github_pat_),
    // "AKIA" (AWS key); and "xox" (Slack token), searched for on its own (CommonLiteral).
    internal static readonly string[] RequiredLiteralTexts = ["eyJ", "Q~", "-----BEGIN", "=", "@", "_", "AKIA"];

    // A literal of common letters ('x' is in many domains): looking at a value's few 'x's is cheaper than sending every
    // value with an 'x' through the search for all the literals.
    internal const string CommonLiteral = "xox";

    private static readonly System.Buffers.SearchValues<string> RequiredLiterals = System.Buffers.SearchValues.Create(RequiredLiteralTexts, StringComparison.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> KeyVerdicts = new(StringComparer.Ordinal);

    private static readonly string[] SecretSuffixes = ["secret", "password", "passwd", "token", "apikey", "privatekey", "connectionstring", "credentials"];

    public static bool IsSecretKey(string key)
    {
        // A registry repeats a handful of field names thousands of times.
        if (KeyVerdicts.TryGetValue(key, out bool known))
        {
            return known;
        }

        bool verdict = IsSecretKeyUncached(key);
        if (KeyVerdicts.Count < 1024)
        {
            KeyVerdicts.TryAdd(key, verdict);
        }

        return verdict;
    }

    private static bool IsSecretKeyUncached(string key)
    {
        string normalized = Normalize(key);
        return SecretKeys.Contains(normalized) || SecretSuffixes.Any(s => normalized.EndsWith(s, StringComparison.Ordinal));
    }

    /// <summary>The length below which no value is described as a secret.</summary>
    internal const int MinSecretLength = 16;

    /// <summary>What kind of secret <paramref name="value"/> looks like, or null.</summary>
    public static string? DescribeSecretValue(ReadOnlySpan<char> value)
    {
        if (value.Length < MinSecretLength)
        {
            return null;
        }

        // Each pattern below needs one of these literals; most values (names, GUIDs, domains) contain none, and a
        // search for a few characters is far cheaper than seven regex scans.
        if (!HasAnyRequiredLiteral(value))
        {
            return null;
        }

        if (Jwt().IsMatch(value))
        {
            return "a JSON Web Token (access or ID token)";
        }

        if (EntraClientSecret().IsMatch(value))
        {
            return "a Microsoft Entra client secret";
        }

        if (PrivateKey().IsMatch(value))
        {
            return "a private key";
        }

        if (ConnectionString().IsMatch(value))
        {
            return "a connection string with a key or password";
        }

        if (CredentialsInUrl().IsMatch(value))
        {
            return "a URL with a user name and password";
        }

        if (SasSignature().IsMatch(value))
        {
            return "a shared access signature";
        }

        if (VendorToken().IsMatch(value))
        {
            return "an access token";
        }

        return null;
    }

    // One character of each literal, rare in names, ids and domains: a value without any of them (nearly every one)
    // needs no search for the literals themselves, which is several times slower. J: eyJ; ~: Q~; G: -----BEGIN; =;
    // @; _; K: AKIA (a test holds this list to RequiredLiterals).
    internal const string LiteralMarks = "J~G=@_K";

    private static readonly System.Buffers.SearchValues<char> LiteralMarkSet = System.Buffers.SearchValues.Create(LiteralMarks);

    // The marks and the first letter of CommonLiteral, as bytes: one search finds either.
    private static readonly System.Buffers.SearchValues<byte> LineMarkBytes = System.Buffers.SearchValues.Create(System.Text.Encoding.ASCII.GetBytes(LiteralMarks + CommonLiteral[0]));

    /// <summary>
    /// Whether some text in the UTF-8 <paramref name="bytes"/> could be described as a secret: false when they hold
    /// none of the marks and no "xox", so no text read from them can (UTF-8 spells an ASCII character only with its
    /// own byte). One search of a value's bytes spares a search of each text read from them.
    /// </summary>
    public static bool MaySpellSecret(ReadOnlySpan<byte> bytes)
    {
        for (int at = bytes.IndexOfAny(LineMarkBytes); at >= 0; at = bytes[(at + 1)..].IndexOfAny(LineMarkBytes) is var next and >= 0 ? at + 1 + next : -1)
        {
            if (bytes[at] != CommonLiteral[0] || (at + 2 < bytes.Length && bytes[at + 1] == CommonLiteral[1] && bytes[at + 2] == CommonLiteral[2]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAnyRequiredLiteral(ReadOnlySpan<char> value) =>
        (value.ContainsAny(LiteralMarkSet) && value.IndexOfAny(RequiredLiterals) >= 0) || HasCommonLiteral(value);

    // The few 'x's of a value each checked for "xox": a string search's set-up costs more than that in short values.
    private static bool HasCommonLiteral(ReadOnlySpan<char> value)
    {
        for (int from = 0; value[from..].IndexOf(CommonLiteral[0]) is var found and >= 0; from += found + 1)
        {
            if (value[(from + found)..].StartsWith(CommonLiteral))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string key)
    {
        Span<char> buffer = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
        int length = 0;
        foreach (char c in key)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    // Entra client secrets: three characters, a digit, "Q~", then 31-34 characters.
    [GeneratedRegex(@"(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])")]
    private static partial Regex EntraClientSecret();

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"(?i)(?:^|;)\s*(?:AccountKey|SharedAccessKey|Password|Pwd|ClientSecret)\s*=\s*[^;\s]{4,}")]
    private static partial Regex ConnectionString();

    [GeneratedRegex(@"(?i)\b[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@")]
    private static partial Regex CredentialsInUrl();

    [GeneratedRegex(@"[?&]sig=[A-Za-z0-9%+/=]{20,}")]
    private static partial Regex SasSignature();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}|AKIA[0-9A-Z]{16}|xox[abprs]-[A-Za-z0-9-]{10,})\b")]
    private static partial Regex VendorToken();
}
