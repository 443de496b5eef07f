using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace MsspTui.Tests.Snapshots;

/// <summary>
/// Verify-style snapshots: <c>&lt;Class&gt;.&lt;Method&gt;.verified.txt</c> beside the test file; on a mismatch the actual text
/// goes to <c>.received.txt</c> and the test fails. ACCEPT_SNAPSHOTS=1 accepts. Line endings are normalised, trailing
/// spaces trimmed, GUIDs and ISO dates scrubbed.
/// </summary>
public static partial class Snapshot
{
    /// <param name="scrub">Replace GUIDs and dates (off for screens, where it would shift the columns).</param>
    public static void Match(string actual, string? name = null, bool scrub = true, [CallerFilePath] string testFile = "",
        [CallerMemberName] string method = "")
    {
        string className = Path.GetFileNameWithoutExtension(testFile);
        string directory = Path.GetDirectoryName(testFile)!;
        string stem = Path.Combine(directory, $"{className}.{method}{(name is null ? string.Empty : "." + name)}");
        string verifiedPath = stem + ".verified.txt";
        string receivedPath = stem + ".received.txt";
        string normalized = Normalize(actual, scrub);

        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath), scrub) : null;
        if (verified == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(verified is null
            ? $"No snapshot yet: review {receivedPath} and accept with ACCEPT_SNAPSHOTS=1.\n{normalized}"
            : $"Snapshot differs: compare {receivedPath} with {verifiedPath} (ACCEPT_SNAPSHOTS=1 accepts).\n{normalized}");
    }

    private static string Normalize(string text, bool scrub)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToArray();
        string joined = string.Join('\n', lines).TrimEnd('\n') + "\n";
        if (!scrub)
        {
            return joined;
        }

        joined = GuidPattern().Replace(joined, "{guid}");
        return IsoDatePattern().Replace(joined, "{date}");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex IsoDatePattern();
}
