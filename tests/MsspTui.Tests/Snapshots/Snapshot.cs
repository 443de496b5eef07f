using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace MsspTui.Tests.Snapshots;

/// <summary>
/// A small Verify-style snapshot helper: compares text with `&lt;Class&gt;.&lt;Method&gt;.verified.txt` beside the test
/// file, writes `.received.txt` on a mismatch, normalises line endings, scrubs GUIDs and dates. Set
/// ACCEPT_SNAPSHOTS=1 to accept what was received.
/// </summary>
public static partial class Snapshot
{
    public static void Verify(string actual, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        string directory = Path.GetDirectoryName(testFile)!;
        string stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(testFile)}.{name ?? method}");
        string verifiedPath = stem + ".verified.txt";
        string receivedPath = stem + ".received.txt";
        string received = Scrub(actual.ReplaceLineEndings("\n"));

        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, received);
        }

        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(verified is null
            ? $"No snapshot yet: review {receivedPath} and rename it to .verified.txt (or run with ACCEPT_SNAPSHOTS=1)."
            : $"Snapshot mismatch: compare {receivedPath} with {verifiedPath}.\nReceived:\n{received}");
    }

    private static string Scrub(string text) =>
        DateTime().Replace(Guid().Replace(text, "{guid}"), "{date}");

    [GeneratedRegex("(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex DateTime();
}
