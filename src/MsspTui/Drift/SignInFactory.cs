using MsspTui.Cli;
using MsspTui.Core.Registry;
using MsspTui.Graph.Auth;

namespace MsspTui.Drift;

/// <summary>Sign-in settings from the registry's provider (cloud, tenant, client id) and the state directory.</summary>
internal static class SignInFactory
{
    public static Provider DefaultProvider { get; } = new("", "", Cloud.Global, null);

    public static SignInSettings Settings(Provider provider, CliContext context) =>
        SignInSettings.For(provider, context.Platform.StateDirectory, context.Environment.GetVariable(SignInSettings.CacheVariable));

    /// <summary>
    /// The registry's provider for sign-in: a registry is optional for login/logout/whoami (then the global cloud and
    /// the default app apply), but one with errors is reported and stops the command (null).
    /// </summary>
    public static Provider? ProviderFor(System.CommandLine.ParseResult result, CliContext context)
    {
        if (RegistryLocator.Locate(result.GetValue(context.Options.Registry), context.Environment) is null)
        {
            return DefaultProvider;
        }

        return RegistrySession.Load(result, context)?.Provider;
    }
}
