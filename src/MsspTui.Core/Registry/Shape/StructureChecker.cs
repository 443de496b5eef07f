using System.Text.RegularExpressions;
using MsspTui.Core.Diagnostics;
using MsspTui.Core.Registry.Yaml;
using MsspTui.Core.Validation;

namespace MsspTui.Core.Registry.Shape;

/// <summary>
/// Checks the tree against <see cref="RegistryShape"/>: unknown fields (with a did-you-mean), required fields,
/// types, enums, ids and GUIDs. Positions follow one rule, shared with the JSON Schema mapping: an unknown field at
/// its key, a missing field at the key (or list item) of the object that lacks it, a bad value at the value.
/// </summary>
internal static partial class StructureChecker
{
    // The schema's GUID and id patterns, word for word (a test compares them with the schema); the checks use the
    // hand-written matchers in TextPatterns, which property tests hold to these.
    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    public static partial Regex GuidPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    public static partial Regex CustomerIdPattern();

    private static readonly FieldShape CustomersField = RegistryShape.Root.Find("customers")!;

    /// <summary>Checks the root; false when the schemaVersion is not one this build understands (nothing else is checked then).</summary>
    public static bool Check(SourceNode root, DiagnosticSink sink)
    {
        if (root is not SourceMapping mapping)
        {
            sink.Add(DiagnosticCodes.WrongType, root.Start,
                $"the registry must be a mapping with 'schemaVersion', 'provider' and 'customers', not {root.KindName}");
            return true;
        }

        if (!CheckSchemaVersion(mapping, sink))
        {
            return false;
        }

        CheckObject(mapping, RegistryShape.Root, mapping.Start, sink);
        return true;
    }

    /// <summary>Checks one entry of the registry's customer list, as <see cref="Check"/> does for each.</summary>
    public static void CheckCustomer(SourceNode item, DiagnosticSink sink) => CheckListItem(item, CustomersField, sink);

    private static bool CheckSchemaVersion(SourceMapping root, DiagnosticSink sink)
    {
        if (root.Find("schemaVersion") is not SourceScalar version)
        {
            return true;
        }

        bool isOne = version.Type == ScalarType.Integer && SourceJsonWriter.TryParseInteger(version.Text, out var number) && number == RegistryShape.SupportedSchemaVersion;
        if (isOne)
        {
            return true;
        }

        if (version.Type is ScalarType.Integer or ScalarType.Float)
        {
            sink.Add(DiagnosticCodes.UnsupportedSchemaVersion, version.Start,
                $"schemaVersion {version.Text} is not supported: this mssp-tui reads schemaVersion {RegistryShape.SupportedSchemaVersion} " +
                "(a registry written for a newer format needs a newer mssp-tui)");
            return false;
        }

        return true;
    }

    private static void CheckObject(SourceMapping mapping, ObjectShape shape, SourcePosition owner, DiagnosticSink sink)
    {
        var entries = mapping.Entries;
        int requiredSeen = 0;
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var field = shape.Find(entry.Key.Text);
            if (field is null)
            {
                // A secret-looking key gets its own, more urgent diagnostic from the secret rule.
                if (!SecretDetector.IsSecretKey(entry.Key.Text))
                {
                    sink.Add(DiagnosticCodes.UnknownField, entry.Key.Start,
                        $"unknown field {MessageText.Quote(entry.Key.Text)} in {shape.Description}" +
                        DidYouMean.Suffix(entry.Key.Text, shape.Fields.Select(f => f.Name)));
                }

                continue;
            }

            // Keys are unique (both readers refuse duplicates), so counting finds a missing required field.
            if (field.Required)
            {
                requiredSeen++;
            }

            CheckValue(entry.Value, field, entry.Key.Start, sink);
        }

        if (requiredSeen == shape.RequiredCount)
        {
            return;
        }

        foreach (var field in shape.Fields)
        {
            if (field.Required && mapping.FindEntry(field.Name) is null)
            {
                sink.Add(DiagnosticCodes.MissingField, owner, $"{shape.Description} is missing required field '{field.Name}'");
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CheckValue(SourceNode value, FieldShape field, SourcePosition keyPosition, DiagnosticSink sink)
    {
        switch (field.Kind)
        {
            case FieldKind.SchemaVersion:
                if (value is not SourceScalar { Type: ScalarType.Integer })
                {
                    sink.Add(DiagnosticCodes.WrongType, value.Start, $"'schemaVersion' must be the number {RegistryShape.SupportedSchemaVersion}, not {value.KindName}");
                }

                break;
            case FieldKind.Text:
                CheckText(value, field.Name, sink);
                break;
            case FieldKind.Guid:
                if (CheckText(value, field.Name, sink) is { } guid && !TextPatterns.IsGuid(guid.TextSpan))
                {
                    sink.Add(DiagnosticCodes.InvalidGuid, guid.Start,
                        $"'{field.Name}' must be a GUID such as 0f3c9a6e-1b2d-4c5e-8f70-9a1b2c3d4e5f, got {MessageText.Quote(guid.Text)}");
                }

                break;
            case FieldKind.CustomerId:
                if (CheckText(value, field.Name, sink) is { } id && !TextPatterns.IsCustomerId(id.TextSpan))
                {
                    sink.Add(DiagnosticCodes.InvalidId, id.Start,
                        $"customer id {MessageText.Quote(id.Text)} must be 1-63 lower-case letters, digits and '-', starting with a letter or digit");
                }

                break;
            case FieldKind.Enum:
                if (CheckText(value, field.Name, sink) is { } choice && !IsOneOf(choice.TextSpan, field.Allowed))
                {
                    sink.Add(DiagnosticCodes.InvalidValue, choice.Start,
                        $"'{field.Name}' must be one of {string.Join(", ", field.Allowed)}; got {MessageText.Quote(choice.Text)}" +
                        DidYouMean.Suffix(choice.Text, field.Allowed));
                }

                break;
            case FieldKind.TextList:
                if (ExpectList(value, field.Name, sink) is { } texts)
                {
                    var items = texts.Items;
                    for (int i = 0; i < items.Count; i++)
                    {
                        CheckText(items[i], field.Name, " entry", sink);
                    }
                }

                break;
            case FieldKind.Object:
                if (value is SourceMapping mapping)
                {
                    CheckObject(mapping, field.Object!, keyPosition, sink);
                }
                else
                {
                    sink.Add(DiagnosticCodes.WrongType, value.Start, $"'{field.Name}' must be a mapping of fields, not {value.KindName}");
                }

                break;
            case FieldKind.ObjectList:
                if (ExpectList(value, field.Name, sink) is { } objects)
                {
                    var items = objects.Items;
                    for (int i = 0; i < items.Count; i++)
                    {
                        CheckListItem(items[i], field, sink);
                    }
                }

                break;
        }
    }

    /// <summary>Whether <see cref="Check"/> accepts <paramref name="text"/>, a string, as the value of <paramref name="field"/> (no diagnostic).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool AcceptsText(FieldShape field, ReadOnlySpan<char> text) => !IsBlank(text) && field.Kind switch
    {
        FieldKind.Text => true,
        FieldKind.Guid => TextPatterns.IsGuid(text),
        FieldKind.CustomerId => TextPatterns.IsCustomerId(text),
        FieldKind.Enum => IsOneOf(text, field.Allowed),
        _ => false,
    };

    // Empty or white space only; a text starting with '!' to DEL (nearly every one) is neither, without the search.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsBlank(ReadOnlySpan<char> text) => text.IsEmpty || ((uint)(text[0] - '!') >= 0x5Fu && text.IsWhiteSpace());

    /// <summary>Whether <see cref="Check"/> accepts <paramref name="item"/>, a string, as an entry of the list <paramref name="field"/>.</summary>
    public static bool AcceptsListItem(FieldShape field, ReadOnlySpan<char> item) => field.Kind == FieldKind.TextList && !IsBlank(item);

    private static void CheckListItem(SourceNode item, FieldShape field, DiagnosticSink sink)
    {
        if (item is SourceMapping itemMapping)
        {
            CheckObject(itemMapping, field.Object!, item.Start, sink);
        }
        else
        {
            sink.Add(DiagnosticCodes.WrongType, item.Start, $"each entry of '{field.Name}' must be a mapping ({field.Object!.Description}), not {item.KindName}");
        }
    }

    private static SourceSequence? ExpectList(SourceNode value, string name, DiagnosticSink sink)
    {
        if (value is SourceSequence sequence)
        {
            return sequence;
        }

        sink.Add(DiagnosticCodes.WrongType, value.Start, $"'{name}' must be a list (e.g. [a, b] or '- a' lines), not {value.KindName}");
        return null;
    }

    private static bool IsOneOf(ReadOnlySpan<char> text, string[] allowed)
    {
        foreach (string choice in allowed)
        {
            if (text.SequenceEqual(choice))
            {
                return true;
            }
        }

        return false;
    }

    private static SourceScalar? CheckText(SourceNode value, string name, DiagnosticSink sink) => CheckText(value, name, string.Empty, sink);

    /// <param name="nameSuffix">Appended to <paramref name="name"/> in a message (" entry"); the text is built only for a diagnostic.</param>
    private static SourceScalar? CheckText(SourceNode value, string name, string nameSuffix, DiagnosticSink sink)
    {
        if (value is not SourceScalar { IsString: true } scalar)
        {
            string hint = value is SourceScalar { Type: not ScalarType.Null } other ? $" ({other.Text}); put it in quotes to make it text" : string.Empty;
            sink.Add(DiagnosticCodes.WrongType, value.Start, $"'{name}{nameSuffix}' must be text, not {value.KindName}{hint}");
            return null;
        }

        if (scalar.TextSpan.IsWhiteSpace())
        {
            sink.Add(DiagnosticCodes.InvalidValue, scalar.Start, $"'{name}{nameSuffix}' must not be empty");
            return null;
        }

        return scalar;
    }
}
