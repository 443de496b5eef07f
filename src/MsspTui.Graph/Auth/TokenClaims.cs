using System.Text;
using System.Text.Json;
using MsspTui.Core.Text;

namespace MsspTui.Graph.Auth;

/// <summary>
/// Who a ready bearer token is for, read from its (unverified) JWT payload for <c>whoami</c>: user or app, tenant,
/// expiry. The token itself is never shown. Null when the token is not a readable JWT.
/// </summary>
public sealed record TokenClaims(string? User, string? TenantId, DateTimeOffset? ExpiresAt, string? Audience)
{
    // 9999-12-31T23:59:59Z, the last second DateTimeOffset holds.
    private const long MaxUnixSeconds = 253_402_300_799;

    public static TokenClaims? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // Whoever made the token chose these texts: shown, they must not drive the terminal.
            string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? VisibleText.OfNullable(v.GetString()) : null;
            DateTimeOffset? expires = root.TryGetProperty("exp", out var exp) && exp.ValueKind == JsonValueKind.Number &&
                exp.TryGetInt64(out var seconds) && seconds is >= 0 and <= MaxUnixSeconds
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
            return new TokenClaims(Text("upn") ?? Text("unique_name") ?? Text("preferred_username") ?? Text("app_displayname") ?? Text("appid"),
                Text("tid"), expires, Text("aud"));
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}
