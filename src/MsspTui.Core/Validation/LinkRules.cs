using MsspTui.Core.Diagnostics;
using MsspTui.Core.Portals;
using MsspTui.Core.Registry.Yaml;

namespace MsspTui.Core.Validation;

/// <summary>
/// A custom link may be launched in a browser, so it must be an https URL with a host, no user info, and no
/// placeholders other than {tenantId} and {domain}: `javascript:`, `file:`, `http:` and look-alike tricks are errors.
/// </summary>
internal static class LinkRules
{
    private const string SampleTenantId = "00000000-0000-4000-8000-000000000000";
    private const string SampleDomain = "example.com";

    public static void Check(SourceScalar url, string linkName, DiagnosticSink sink)
    {
        // Exactly as written, like the schema's pattern (^https://\S+$) reads it: a link the CI gate refuses must not
        // open from the picker or `open` either.
        string template = url.Text;
        string label = MessageText.Quote(linkName);
        var unknown = UrlTemplate.UnknownPlaceholders(template).ToList();
        if (unknown.Count > 0)
        {
            sink.Add(DiagnosticCodes.LinkUnknownPlaceholder, url.Start,
                $"link {label} uses unknown placeholder {MessageText.Quote(unknown[0])}; only {{tenantId}} and {{domain}} are expanded" +
                DidYouMean.Suffix(unknown[0], UrlTemplate.Placeholders));
            return;
        }

        string expanded = UrlTemplate.Expand(template, SampleTenantId, SampleDomain);
        if (!template.StartsWith("https://", StringComparison.Ordinal))
        {
            string written = template.TrimStart();
            int colon = written.IndexOf(':');
            string scheme = colon > 0 ? written[..(colon + 1)] : written;
            string problem = written.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                ? written.Length != template.Length ? "starts with white space" : $"writes the scheme as {MessageText.Quote(scheme)}"
                : $"got {MessageText.Quote(scheme)}";
            sink.Add(DiagnosticCodes.LinkNotHttps, url.Start,
                $"link {label} must start with https:// exactly ({problem}); only https links are ever opened");
            return;
        }

        if (template.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ||
            !Uri.TryCreate(expanded, UriKind.Absolute, out var uri) ||
            uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
        {
            sink.Add(DiagnosticCodes.LinkMalformed, url.Start, $"link {label} is not a well-formed https URL: {MessageText.Quote(template)}");
            return;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            sink.Add(DiagnosticCodes.LinkMalformed, url.Start,
                $"link {label} has user info before '@' ({MessageText.Quote(uri.UserInfo)}); the real host would be {MessageText.Quote(uri.Host)}");
        }
    }
}
