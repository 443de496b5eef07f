using System.Text.RegularExpressions;
using MsspTui.Core.Registry.Shape;

namespace MsspTui.Core.Validation;

/// <summary>
/// The schema's patterns, compiled ahead of time. A native build can only interpret a regex built at run time, and
/// interpreting the schema's GUID and id patterns for every customer was a tenth of `validate`. Each entry is keyed by
/// the very string its generated regex was built from, so a pattern the schema no longer uses is merely unused, and a
/// pattern not listed here (a newer schema) is still checked, by the interpreter. The precheck matches through
/// <see cref="MatcherFor"/>: hand-written matchers where there are some (these regexes are their reference in tests),
/// the regex otherwise.
/// </summary>
internal static partial class SchemaPatterns
{
    internal const string Guid = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    internal const string KeyOrGuid = "^([a-z][a-z0-9-]*|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$";
    internal const string NotBlank = @"\S";
    internal const string HttpsUrl = @"^https://\S+$";
    internal const string CustomerId = "^[a-z0-9][a-z0-9-]{0,62}$";
    internal const string HostName = "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$";

    private static readonly Dictionary<string, Func<Regex>> s_compiled = new(StringComparer.Ordinal)
    {
        [Guid] = GuidRegex,
        [KeyOrGuid] = KeyOrGuidRegex,
        [NotBlank] = NotBlankRegex,
        [HttpsUrl] = HttpsUrlRegex,
        [CustomerId] = CustomerIdRegex,
        [HostName] = HostNameRegex,
    };

    /// <summary>Whether a whole text matches a pattern; a span, so the tree's scalars are matched without a string each.</summary>
    public delegate bool Matcher(ReadOnlySpan<char> text);

    /// <summary>A regex for <paramref name="pattern"/> with the options the schema precheck uses.</summary>
    public static Regex For(string pattern) =>
        s_compiled.TryGetValue(pattern, out var compiled) ? compiled() : new Regex(pattern, RegexOptions.CultureInvariant);

    /// <summary>
    /// A matcher for <paramref name="pattern"/>, for text without a line break: the hand-written one where there is one
    /// (<see cref="TextPatterns"/>, property-tested against these same patterns), else the regex.
    /// </summary>
    public static Matcher MatcherFor(string pattern) => pattern switch
    {
        Guid => TextPatterns.IsGuid,
        CustomerId => TextPatterns.IsCustomerId,
        NotBlank => text => !text.IsWhiteSpace(),
        HostName => TextPatterns.IsHostName,
        KeyOrGuid => TextPatterns.IsKeyOrGuid,
        _ => For(pattern).IsMatch,
    };

    /// <summary>Whether <paramref name="pattern"/> has an ahead-of-time compiled regex.</summary>
    public static bool IsCompiled(string pattern) => s_compiled.ContainsKey(pattern);

    [GeneratedRegex(Guid, RegexOptions.CultureInvariant)]
    private static partial Regex GuidRegex();

    [GeneratedRegex(KeyOrGuid, RegexOptions.CultureInvariant)]
    private static partial Regex KeyOrGuidRegex();

    [GeneratedRegex(NotBlank, RegexOptions.CultureInvariant)]
    private static partial Regex NotBlankRegex();

    [GeneratedRegex(HttpsUrl, RegexOptions.CultureInvariant)]
    private static partial Regex HttpsUrlRegex();

    [GeneratedRegex(CustomerId, RegexOptions.CultureInvariant)]
    private static partial Regex CustomerIdRegex();

    [GeneratedRegex(HostName, RegexOptions.CultureInvariant)]
    private static partial Regex HostNameRegex();
}
