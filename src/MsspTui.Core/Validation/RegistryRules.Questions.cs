using MsspTui.Core.Portals;
using MsspTui.Core.Text;

namespace MsspTui.Core.Validation;

/// <summary>
/// The per-value rules as yes/no questions ("would the rule report nothing here?"), for <see cref="CleanRegistryScan"/>,
/// which reads values without a tree. Each answers for exactly the check named in its summary, with the same
/// helpers, so the two cannot drift apart unnoticed (CleanRegistryScanTests compare them on generated registries).
/// </summary>
internal static partial class RegistryRules
{
    /// <summary>
    /// No secret, bidirectional control or control character in a string value (the scalar case of CheckSecrets);
    /// <paramref name="line"/>: what the caller knows of the line the value is on.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsCleanValue(ReadOnlySpan<char> value, LineFacts line) =>
        (!line.MaySpellSecret || SecretDetector.DescribeSecretValue(value) is null) &&
        (line.PrintableAscii || !value.ContainsAnyExceptInRange(' ', '~') || (BidiControls.First(value) is null && ControlCharacters.FirstRefused(value) is null));

    /// <summary>The portal is one the catalog knows (CheckPortal).</summary>
    public static bool IsKnownPortal(ReadOnlySpan<char> portal)
    {
        foreach (var known in PortalCatalog.All)
        {
            if (portal.SequenceEqual(known.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every role known and none twice (CheckRoles), for a list of string entries.</summary>
    public static bool AreCleanRoles(ReadOnlySpan<char> text, ReadOnlySpan<Range> items)
    {
        string?[] templateIds = new string?[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            string role = new(text[items[i]]);
            if (string.IsNullOrWhiteSpace(role))
            {
                continue;
            }

            string? templateId = KnownRoleTemplateId(role);
            if (templateId is null)
            {
                return false;
            }

            for (int j = 0; j < i; j++)
            {
                if (string.Equals(templateIds[j], templateId, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            templateIds[i] = templateId;
        }

        return true;
    }

    /// <summary>No entry twice, ignoring case and surrounding spaces (CheckListDuplicates).</summary>
    public static bool AreDistinct(ReadOnlySpan<char> text, ReadOnlySpan<Range> items)
    {
        for (int i = 1; i < items.Length; i++)
        {
            var item = text[items[i]].Trim();
            for (int j = 0; j < i; j++)
            {
                if (text[items[j]].Trim().Equals(item, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
