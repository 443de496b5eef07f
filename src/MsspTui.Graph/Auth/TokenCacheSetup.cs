using Microsoft.Identity.Client;
using Microsoft.Identity.Client.Extensions.Msal;

namespace MsspTui.Graph.Auth;

/// <summary>
/// Connects MSAL's user token cache to the OS secret store (Keychain, libsecret, DPAPI) and checks it really works
/// (VerifyPersistence). Where none works, tokens stay in memory unless the user opted in to a plaintext file.
/// </summary>
internal static class TokenCacheSetup
{
    public static async Task<TokenCacheState> AttachAsync(IPublicClientApplication application, SignInSettings settings)
    {
        if (settings.CacheMode == TokenCacheMode.Memory)
        {
            return new TokenCacheState(false, $"in memory only ({SignInSettings.CacheVariable}=memory): sign-in lasts for this command only");
        }

        string? failure;
        try
        {
            Directory.CreateDirectory(settings.CacheDirectory);
            var secure = new StorageCreationPropertiesBuilder(SignInSettings.CacheFileName, settings.CacheDirectory)
                .WithMacKeyChain("mssp-tui", "msal-token-cache")
                .WithLinuxKeyring("com.mssptui.tokencache", MsalCacheHelper.LinuxKeyRingDefaultCollection,
                    "mssp-tui Microsoft Graph token cache", new KeyValuePair<string, string>("Version", "1"),
                    new KeyValuePair<string, string>("ProductGroup", "mssp-tui"))
                .Build();
            var helper = await MsalCacheHelper.CreateAsync(secure).ConfigureAwait(false);
            helper.VerifyPersistence();
            helper.RegisterCache(application.UserTokenCache);
            return new TokenCacheState(true, OperatingSystem.IsWindows() ? "Windows DPAPI (user profile)"
                : OperatingSystem.IsMacOS() ? "macOS Keychain" : "the Secret Service (libsecret keyring)");
        }
        catch (Exception e) when (e is MsalCachePersistenceException or IOException or UnauthorizedAccessException or DllNotFoundException
                                      or TypeInitializationException or InvalidOperationException)
        {
            failure = (e.InnerException ?? e).Message.Split('\n')[0].Split(". ")[0].Trim().TrimEnd('.');
        }

        if (settings.CacheMode == TokenCacheMode.FileOptIn)
        {
            var plain = new StorageCreationPropertiesBuilder(SignInSettings.CacheFileName, settings.CacheDirectory).WithUnprotectedFile().Build();
            var helper = await MsalCacheHelper.CreateAsync(plain).ConfigureAwait(false);
            helper.RegisterCache(application.UserTokenCache);
            RestrictToOwner(Path.Combine(settings.CacheDirectory, SignInSettings.CacheFileName));
            return new TokenCacheState(true,
                $"a plaintext file you opted in to ({SignInSettings.CacheVariable}=file): {Path.Combine(settings.CacheDirectory, SignInSettings.CacheFileName)}");
        }

        return new TokenCacheState(false,
            $"in memory only: no OS secret store works here ({failure}). Sign-in lasts for this command only; " +
            $"set {SignInSettings.CacheVariable}=file to keep tokens in a plaintext file readable only by you, or use MSSP_TUI_GRAPH_TOKEN");
    }

    private static void RestrictToOwner(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, []);
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
