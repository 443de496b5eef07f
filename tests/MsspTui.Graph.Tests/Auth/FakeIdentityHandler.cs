using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Identity.Client;

namespace MsspTui.Graph.Tests.Auth;

/// <summary>
/// Answers MSAL's HTTP calls (through WithHttpClientFactory) like Entra ID would for the device code flow, and
/// records every request. Nothing leaves the process.
/// </summary>
internal sealed class FakeIdentityHandler : HttpMessageHandler, IMsalHttpClientFactory
{
    public const string User = "analyst@northwind.example";
    public const string TenantId = "4f707437-aee2-4054-9ac5-c95347b8687c";
    public const string AccessToken = "access-token-from-fake-entra";

    public List<string> Requests { get; } = [];

    public HttpClient GetHttpClient() => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath} {body}");
        var path = request.RequestUri.AbsolutePath;
        if (path.EndsWith("/oauth2/v2.0/devicecode", StringComparison.Ordinal))
        {
            return Json(new JsonObject
            {
                ["user_code"] = "ABCD-EFGH",
                ["device_code"] = "device-code-1",
                ["verification_uri"] = "https://microsoft.com/devicelogin",
                ["expires_in"] = 900,
                ["interval"] = 1,
                ["message"] = "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD-EFGH to authenticate.",
            });
        }

        if (path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return Json(new JsonObject
            {
                ["token_type"] = "Bearer",
                ["scope"] = "https://graph.microsoft.com/DelegatedAdminRelationship.Read.All https://graph.microsoft.com/CrossTenantInformation.ReadBasic.All https://graph.microsoft.com/Directory.Read.All",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = AccessToken,
                ["refresh_token"] = "refresh-token-1",
                ["id_token"] = IdToken(),
                ["client_info"] = Base64Url($"{{\"uid\":\"00000000-0000-0000-0000-0000000000aa\",\"utid\":\"{TenantId}\"}}"),
            });
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent($"{{\"error\":\"unexpected {path}\"}}") };
    }

    private static HttpResponseMessage Json(JsonObject body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private static string IdToken()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["aud"] = "14d82eec-204b-4c2f-b7e8-296a70dab67e",
            ["iss"] = $"https://login.microsoftonline.com/{TenantId}/v2.0",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 3600,
            ["name"] = "SOC Analyst",
            ["oid"] = "00000000-0000-0000-0000-0000000000aa",
            ["preferred_username"] = User,
            ["sub"] = "subject",
            ["tid"] = TenantId,
            ["ver"] = "2.0",
        };
        return $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Base64Url(payload.ToJsonString())}.";
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
