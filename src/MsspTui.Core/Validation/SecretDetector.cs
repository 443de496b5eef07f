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

    private static readonly string[] SecretSuffixes = ["secret", "password", "passwd", "token", "apikey", "privatekey", "connectionstring", "credentials"];

    public static bool IsSecretKey(string key)
    {
        string normalized = Normalize(key);
        return SecretKeys.Contains(normalized) || SecretSuffixes.Any(s => normalized.EndsWith(s, StringComparison.Ordinal));
    }

    /// <summary>What kind of secret <paramref name="value"/> looks like, or null.</summary>
    public static string? DescribeSecretValue(string value)
    {
        if (value.Length < 16 || !MayHoldSecret(value))
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

    // Every pattern below needs one of these markers; checking them first keeps the common case (GUIDs, names,
    // plain URLs) free of regex work, which matters for registries of thousands of customers.
    private static bool MayHoldSecret(string value) =>
        value.Contains("eyJ", StringComparison.Ordinal) || value.Contains("Q~", StringComparison.Ordinal) ||
        value.Contains("-----BEGIN", StringComparison.Ordinal) || value.Contains('=') || (value.Contains('@') && value.Contains("://", StringComparison.Ordinal)) ||
        value.Contains('_') || value.Contains("AKIA", StringComparison.Ordinal) || value.Contains("xox", StringComparison.Ordinal);

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
