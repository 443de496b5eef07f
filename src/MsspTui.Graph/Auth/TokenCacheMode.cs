namespace MsspTui.Graph.Auth;

/// <summary>Where MSAL's token cache lives, as chosen by MSSP_TUI_TOKEN_CACHE.</summary>
public enum TokenCacheMode
{
    /// <summary>The OS secret store (Keychain, libsecret, DPAPI); memory only if none works. The default.</summary>
    SecretStore,

    /// <summary>MSSP_TUI_TOKEN_CACHE=file: a plaintext file readable only by the user, when no secret store works.</summary>
    FileOptIn,

    /// <summary>MSSP_TUI_TOKEN_CACHE=memory: never persisted.</summary>
    Memory,
}
