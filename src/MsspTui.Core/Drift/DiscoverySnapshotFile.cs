using MsspTui.Core.IO;
using System.Text.Json;
using MsspTui.Core.Drift.Json;

namespace MsspTui.Core.Drift;

/// <summary>
/// Reads and writes a saved discovery: JSON with <c>"kind": "mssp-tui-discovery"</c> and <c>"schemaVersion": 1</c>.
/// Every problem with a file becomes a <see cref="DiscoverySnapshotException"/> whose message names the file.
/// </summary>
public static class DiscoverySnapshotFile
{
    public static DiscoverySnapshot Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DiscoverySnapshotException($"{path}: cannot read the saved discovery: {e.Message}", e);
        }

        return Parse(text, path);
    }

    public static void Write(DiscoverySnapshot snapshot, string path) =>
        AtomicFile.WriteAllText(path, Serialize(snapshot));

    public static string Serialize(DiscoverySnapshot snapshot) =>
        JsonSerializer.Serialize(ToDocument(snapshot), SnapshotJsonContext.Default.SnapshotDocument) + "\n";

    public static DiscoverySnapshot Parse(string text, string displayPath)
    {
        SnapshotDocument? document;
        try
        {
            using (var probe = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
            {
                CheckHeader(probe.RootElement, displayPath);
            }

            document = JsonSerializer.Deserialize(text, SnapshotJsonContext.Default.SnapshotDocument);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $":{line + 1}" : string.Empty;
            throw new DiscoverySnapshotException($"{displayPath}{where}: not a valid saved discovery: {Explain(e)}", e);
        }

        if (document is null)
        {
            throw new DiscoverySnapshotException($"{displayPath}: not a saved discovery (the file holds JSON null)");
        }

        return new SnapshotMapper(displayPath).Map(document);
    }

    private static void CheckHeader(JsonElement root, string displayPath)
    {
        if (root.ValueKind != JsonValueKind.Object ||
            !root.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String ||
            kind.GetString() != SnapshotDocument.KindMarker)
        {
            throw new DiscoverySnapshotException(
                $"{displayPath}: not a saved discovery (expected \"kind\": \"{SnapshotDocument.KindMarker}\"; create one with 'mssp-tui discover --output FILE')");
        }

        if (!root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number ||
            !version.TryGetInt32(out var number))
        {
            throw new DiscoverySnapshotException($"{displayPath}: the saved discovery has no schemaVersion");
        }

        if (number > DiscoverySnapshot.CurrentSchemaVersion)
        {
            throw new DiscoverySnapshotException(
                $"{displayPath}: the saved discovery has schemaVersion {number}, newer than this mssp-tui understands ({DiscoverySnapshot.CurrentSchemaVersion}); update mssp-tui or run 'mssp-tui discover' again");
        }

        if (number < 1)
        {
            throw new DiscoverySnapshotException($"{displayPath}: the saved discovery has an invalid schemaVersion {number}");
        }
    }

    // System.Text.Json names .NET types ("could not be converted to System.Nullable`1[System.DateTimeOffset]"), which
    // say nothing to whoever edited the file: a value of the wrong kind is named by where it is instead.
    private static string Explain(JsonException exception)
    {
        string message = exception.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        string sentence = cut > 0 ? message[..cut] : message;
        string? where = exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        if (sentence.Contains("could not be converted", StringComparison.Ordinal))
        {
            return where is null ? "a value of the wrong kind" : $"{where} is not a value of the expected kind (text, number, date or list)";
        }

        return where is null ? sentence : $"{sentence} (at {where})";
    }

    private static SnapshotDocument ToDocument(DiscoverySnapshot snapshot) => new()
    {
        Kind = SnapshotDocument.KindMarker,
        SchemaVersion = DiscoverySnapshot.CurrentSchemaVersion,
        GeneratedAt = snapshot.GeneratedAt,
        GraphUrl = snapshot.GraphUrl,
        Sources = DiscoverySourceNames.All.Select(snapshot.Source).Select(s => new SnapshotSourceDocument
        {
            Name = s.Name.ToName(),
            Status = SnapshotNames.Status(s.Status),
            Detail = s.Detail,
            Items = s.Items,
        }).ToList<SnapshotSourceDocument?>(),
        Relationships = snapshot.Relationships.Select(r => new SnapshotRelationshipDocument
        {
            Id = r.Id,
            DisplayName = r.DisplayName,
            Status = r.Status,
            Customer = new SnapshotCustomerDocument { TenantId = r.CustomerTenantId, DisplayName = r.CustomerDisplayName },
            Roles = r.Roles.ToList<string?>(),
            EndDateTime = r.EndDateTime,
            AutoExtendDuration = r.AutoExtendDuration,
        }).ToList<SnapshotRelationshipDocument?>(),
        Contracts = snapshot.Contracts.Select(c => new SnapshotContractDocument
        {
            Id = c.Id,
            ContractType = c.ContractType,
            CustomerId = c.CustomerTenantId,
            DisplayName = c.DisplayName,
            DefaultDomainName = c.DefaultDomainName,
        }).ToList<SnapshotContractDocument?>(),
        Tenants = snapshot.Tenants.Select(t => new SnapshotTenantDocument
        {
            TenantId = t.TenantId,
            Status = SnapshotNames.Lookup(t.Status),
            DisplayName = t.DisplayName,
            DefaultDomainName = t.DefaultDomainName,
            Detail = t.Detail,
        }).ToList<SnapshotTenantDocument?>(),
    };
}
