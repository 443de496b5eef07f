using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;
using MsspTui.Core.Registry.Yaml;

namespace MsspTui.Core.Validation;

/// <summary>
/// A quick answer to "is this tree valid against the schema?", compiled once from the schema's own JSON for the
/// keywords customers.schema.json uses (type, properties, additionalProperties, required, enum, const, pattern,
/// minLength 0/1, items, allOf, local $ref). It walks the YAML tree directly, so a valid registry is confirmed
/// without a JSON round-trip. It never produces a diagnostic: when it says "not valid" or "don't know" (a keyword
/// or a value it does not model), JsonSchema.Net evaluates the document and reports, exactly as before.
/// </summary>
internal sealed class SchemaPrecheck
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly", "definitions", "$defs",
    };

    private readonly Node _root;

    private SchemaPrecheck(Node root) => _root = root;

    /// <summary>The precheck for <paramref name="schema"/>, or null when the schema uses a keyword it does not model.</summary>
    public static SchemaPrecheck? Compile(JsonElement schema)
    {
        var compiler = new Compiler(schema);
        var root = compiler.Compile(schema);
        return compiler.Supported ? new SchemaPrecheck(root) : null;
    }

    /// <summary>The precheck for the subschema at <paramref name="reference"/> (like #/definitions/customer) of <paramref name="schema"/>.</summary>
    public static SchemaPrecheck? Compile(JsonElement schema, string reference)
    {
        var compiler = new Compiler(schema);
        var root = compiler.CompileReference(reference);
        return compiler.Supported ? new SchemaPrecheck(root) : null;
    }

    /// <summary>True when valid, false when not, null when only the full evaluator can tell.</summary>
    public bool? IsValid(SourceNode instance) => _root.Check(instance);

    /// <summary>
    /// For a reader that checks an object's fields one by one without building a tree (<see cref="CleanRegistryScan"/>):
    /// the checks of the object's properties, when this precheck is of a closed object schema (type object,
    /// properties, additionalProperties false, maybe required, nothing else); null otherwise.
    /// </summary>
    public ClosedObjectCheck? AsClosedObject()
    {
        var node = _root.Unwrapped();
        return node.IsClosedObject
            ? new ClosedObjectCheck(node.Required ?? [], node.Properties!.ToDictionary(p => p.Key, p => new ValueCheck(p.Value), StringComparer.Ordinal))
            : null;
    }

    /// <summary>The properties of a closed object schema: an object is valid when it has every required property, no
    /// other than these, and each value passes its property's check.</summary>
    internal sealed record ClosedObjectCheck(string[] Required, Dictionary<string, ValueCheck> Properties);

    /// <summary>One property's schema, applied to a string or a list of strings (what <see cref="IsValid"/> would say of that value).</summary>
    internal sealed class ValueCheck
    {
        private readonly Node _node;

        internal ValueCheck(Node node) => _node = node.Unwrapped();

        /// <summary>What the schema says of a string (<paramref name="printableAscii"/>: the caller knows every character is ' ' to '~').</summary>
        public bool? Text(ReadOnlySpan<char> text, bool printableAscii = false) => _node.CheckText(text, printableAscii);

        public bool? TextList(ReadOnlySpan<char> text, ReadOnlySpan<Range> items, bool printableAscii = false) => _node.CheckTextList(text, items, printableAscii);

        /// <summary>
        /// The pattern, when all this check asks of a string is to match it (and to be at least one character long, or
        /// not even that); null otherwise. A caller whose own check of a value implies the pattern need not run this one.
        /// </summary>
        public string? SolePattern => _node.SolePattern;
    }

    private enum JsonKind
    {
        Object,
        Array,
        String,
        Integer,
        Boolean,
        Null,
        Unknown,
    }

    // How SourceJsonWriter writes a node, without writing it.
    private static JsonKind KindOf(SourceNode node) => node switch
    {
        SourceMapping => JsonKind.Object,
        SourceSequence => JsonKind.Array,
        SourceScalar { Type: ScalarType.String } => JsonKind.String,
        SourceScalar { Type: ScalarType.Null } => JsonKind.Null,
        SourceScalar { Type: ScalarType.Boolean } => JsonKind.Boolean,
        SourceScalar { Type: ScalarType.Integer } s => SourceJsonWriter.TryParseInteger(s.Text, out _) ? JsonKind.Integer : JsonKind.String,
        _ => JsonKind.Unknown,
    };

    internal sealed class Node
    {
        public bool? Constant { get; set; }

        /// <summary>One bit per JsonKind the schema's "type" allows; null when it has no "type".</summary>
        public int? TypeMask { get; set; }

        public Dictionary<string, Node>? Properties { get; set; }

        public Node? Additional { get; set; }

        public string[]? Required { get; set; }

        public HashSet<string>? StringEnum
        {
            get => _stringEnum;
            set
            {
                _stringEnum = value;
                _stringEnumLookup = value is null ? default : value.GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }

        private HashSet<string>? _stringEnum;

        // The enum looked up by a scalar's text span, without a string for it.
        private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stringEnumLookup;

        public object? Const { get; set; }

        /// <summary>Whether a string matches the pattern (a whole-string matcher where one exists, else the regex).</summary>
        public SchemaPatterns.Matcher? Pattern { get; set; }

        /// <summary>The pattern as the schema writes it.</summary>
        public string? PatternText { get; set; }

        public int MinLength { get; set; }

        public Node? Items { get; set; }

        public List<Node> AllOf { get; } = [];

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public bool? Check(SourceNode instance)
        {
            if (Constant is { } constant)
            {
                return constant;
            }

            var kind = KindOf(instance);
            if (kind == JsonKind.Unknown)
            {
                return null;
            }

            if (kind == JsonKind.String)
            {
                return CheckText(((SourceScalar)instance).TextSpan);
            }

            if (TypeMask is { } allowed && (allowed & (1 << (int)kind)) == 0)
            {
                return false;
            }

            // Not a string from here on: an enum of strings cannot match, nor can a string const.
            if (StringEnum is not null || (Const is not null && !ConstMatches(kind, instance)))
            {
                return false;
            }

            bool? result = true;
            if (instance is SourceMapping mapping)
            {
                result = And(result, CheckObject(mapping));
            }
            else if (instance is SourceSequence sequence && Items is not null)
            {
                var items = sequence.Items;
                for (int i = 0; i < items.Count; i++)
                {
                    result = And(result, Items.Check(items[i]));
                    if (result == false)
                    {
                        return false;
                    }
                }
            }

            // Loops by index: these run for every node of every customer.
            for (int i = 0; i < AllOf.Count; i++)
            {
                result = And(result, AllOf[i].Check(instance));
                if (result == false)
                {
                    return false;
                }
            }

            return result;
        }

        /// <summary>What <see cref="Check"/> says of a string instance with this text.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public bool? CheckText(ReadOnlySpan<char> text, bool printableAscii = false)
        {
            if (Constant is { } constant)
            {
                return constant;
            }

            if ((TypeMask is { } allowed && (allowed & (1 << (int)JsonKind.String)) == 0) ||
                (StringEnum is not null && !_stringEnumLookup.Contains(text)) ||
                (Const is not null && !(Const is string expected && text.SequenceEqual(expected))) ||
                text.Length < MinLength)
            {
                return false;
            }

            if (Pattern is not null)
            {
                if (!printableAscii && HasFlavourDependentCharacter(text))
                {
                    return null;
                }

                if (!Pattern(text))
                {
                    return false;
                }
            }

            bool? result = true;
            for (int i = 0; i < AllOf.Count; i++)
            {
                result = And(result, AllOf[i].CheckText(text, printableAscii));
                if (result == false)
                {
                    return false;
                }
            }

            return result;
        }

        /// <summary>What <see cref="Check"/> says of an array instance whose items are strings: <paramref name="items"/> of <paramref name="text"/>.</summary>
        public bool? CheckTextList(ReadOnlySpan<char> text, ReadOnlySpan<Range> items, bool printableAscii = false)
        {
            if (Constant is { } constant)
            {
                return constant;
            }

            if ((TypeMask is { } allowed && (allowed & (1 << (int)JsonKind.Array)) == 0) || StringEnum is not null || Const is not null)
            {
                return false;
            }

            bool? result = true;
            if (Items is not null)
            {
                foreach (var item in items)
                {
                    result = And(result, Items.CheckText(text[item], printableAscii));
                    if (result == false)
                    {
                        return false;
                    }
                }
            }

            for (int i = 0; i < AllOf.Count; i++)
            {
                result = And(result, AllOf[i].CheckTextList(text, items, printableAscii));
                if (result == false)
                {
                    return false;
                }
            }

            return result;
        }

        /// <summary>See <see cref="ValueCheck.SolePattern"/>: what <see cref="CheckText"/> asks of a string, when it is only a pattern.</summary>
        public string? SolePattern =>
            Constant is null && (TypeMask is not { } allowed || (allowed & (1 << (int)JsonKind.String)) != 0) && StringEnum is null && Const is null &&
            MinLength <= 1 && AllOf.Count == 0 ? PatternText : null;

        /// <summary>This node without the wrappers a $ref or a one-item allOf puts around it.</summary>
        public Node Unwrapped()
        {
            var node = this;
            while (node.AllOf.Count == 1 && node.Constant is null && node.TypeMask is null && node.Properties is null && node.Additional is null &&
                   node.Required is null && node.StringEnum is null && node.Const is null && node.Pattern is null && node.MinLength == 0 && node.Items is null)
            {
                node = node.AllOf[0];
            }

            return node;
        }

        /// <summary>Whether this is a plain object schema: type object, properties, no other fields, maybe required; nothing else.</summary>
        public bool IsClosedObject =>
            Constant is null && TypeMask == 1 << (int)JsonKind.Object && Properties is not null && Additional is { Constant: false } &&
            StringEnum is null && Const is null && Pattern is null && MinLength == 0 && Items is null && AllOf.Count == 0;

        // Regex flavours (.NET, ECMAScript, .NET's ECMAScript mode) agree on everything in the supported patterns
        // except which exotic characters \s matches and whether $ matches before a final line break.
        private static bool HasFlavourDependentCharacter(ReadOnlySpan<char> text)
        {
            // Nearly every value is printable ASCII, which has none: one vectorised check.
            if (!text.ContainsAnyExceptInRange(' ', '~'))
            {
                return false;
            }

            foreach (char c in text)
            {
                // ' ' to DEL: none (the rest of a name in another script is mostly these).
                if ((uint)(c - ' ') < 0x60u)
                {
                    continue;
                }

                // A line break or a control character other than the four \s matches in every flavour.
                if (c < ' ')
                {
                    if (c is not ('\t' or '\v' or '\f' or '\r'))
                    {
                        return true;
                    }

                    continue;
                }

                if (Text.SpaceAndFormatCharacters.MayBeOne(c) && (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.SpaceSeparator
                        or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
                        or System.Globalization.UnicodeCategory.Format))
                {
                    return true;
                }
            }

            return false;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private bool? CheckObject(SourceMapping mapping)
        {
            if (Required is not null)
            {
                foreach (string name in Required)
                {
                    if (mapping.FindEntry(name) is null)
                    {
                        return false;
                    }
                }
            }

            bool? result = true;
            var entries = mapping.Entries;
            for (int i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                Node? schema = Properties is not null && Properties.TryGetValue(entry.Key.Text, out var property) ? property : Additional;
                if (schema is not null)
                {
                    result = And(result, schema.Check(entry.Value));
                    if (result == false)
                    {
                        return false;
                    }
                }
            }

            return result;
        }

        private bool ConstMatches(JsonKind kind, SourceNode instance) => Const switch
        {
            string text => kind == JsonKind.String && ((SourceScalar)instance).TextSpan.SequenceEqual(text),
            BigInteger number => kind == JsonKind.Integer && SourceJsonWriter.TryParseInteger(((SourceScalar)instance).Text, out var value) && value == number,
            _ => false,
        };

        private static bool? And(bool? left, bool? right) => left == false || right == false ? false : left is null || right is null ? null : true;

        // A bit mask instead of a set of names: the type check runs for every node of every customer. An integer is
        // also a "number".
        public static int MaskOf(HashSet<string> types) =>
            Enum.GetValues<JsonKind>()
                .Where(k => k != JsonKind.Unknown && (types.Contains(TypeName(k)) || (k == JsonKind.Integer && types.Contains("number"))))
                .Aggregate(0, (mask, k) => mask | (1 << (int)k));

        private static string TypeName(JsonKind kind) => kind switch
        {
            JsonKind.Object => "object",
            JsonKind.Array => "array",
            JsonKind.String => "string",
            JsonKind.Integer => "integer",
            JsonKind.Boolean => "boolean",
            _ => "null",
        };
    }

    private sealed class Compiler(JsonElement document)
    {
        private readonly Dictionary<string, Node> _references = new(StringComparer.Ordinal);

        public bool Supported { get; private set; } = true;

        public Node Compile(JsonElement schema)
        {
            var node = new Node();
            if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                node.Constant = schema.ValueKind == JsonValueKind.True;
                return node;
            }

            if (schema.ValueKind != JsonValueKind.Object)
            {
                return Unsupported(node);
            }

            foreach (var keyword in schema.EnumerateObject())
            {
                var value = keyword.Value;
                switch (keyword.Name)
                {
                    case var name when Annotations.Contains(name):
                        break;
                    case "type":
                        node.TypeMask = Node.MaskOf(value.ValueKind == JsonValueKind.Array
                            ? value.EnumerateArray().Select(t => t.GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
                            : [value.GetString() ?? string.Empty]);
                        break;
                    case "properties":
                        node.Properties = value.EnumerateObject().ToDictionary(p => p.Name, p => Compile(p.Value), StringComparer.Ordinal);
                        break;
                    case "additionalProperties":
                        node.Additional = Compile(value);
                        break;
                    case "required":
                        node.Required = value.EnumerateArray().Select(r => r.GetString() ?? string.Empty).ToArray();
                        break;
                    case "enum" when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                        node.StringEnum = value.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
                        break;
                    case "const" when value.ValueKind == JsonValueKind.String:
                        node.Const = value.GetString();
                        break;
                    case "const" when value.ValueKind == JsonValueKind.Number && BigInteger.TryParse(value.GetRawText(), out var number):
                        node.Const = number;
                        break;
                    case "pattern" when value.GetString() is { } pattern && IsPlainPattern(pattern):
                        node.Pattern = SchemaPatterns.MatcherFor(pattern);
                        node.PatternText = pattern;
                        break;
                    case "minLength" when value.TryGetInt32(out int length) && length is 0 or 1:
                        node.MinLength = length;
                        break;
                    case "items" when value.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False:
                        node.Items = Compile(value);
                        break;
                    case "allOf":
                        node.AllOf.AddRange(value.EnumerateArray().Select(Compile));
                        break;
                    case "$ref" when value.GetString() is { } reference && reference.StartsWith("#/", StringComparison.Ordinal):
                        node.AllOf.Add(Resolve(reference));
                        break;
                    default:
                        return Unsupported(node);
                }
            }

            return node;
        }

        // Character classes, anchors, groups, alternation, quantifiers and \S or \s: with the check on the instance's
        // characters these mean the same in every regex flavour. Any other escape or '.' outside a class is left to
        // the full evaluator.
        private static bool IsPlainPattern(string pattern)
        {
            bool inClass = false;
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '\\')
                {
                    if (i + 1 >= pattern.Length || pattern[i + 1] is not ('S' or 's') || inClass)
                    {
                        return false;
                    }

                    i++;
                }
                else if (c == '(' && i + 1 < pattern.Length && pattern[i + 1] == '?')
                {
                    return false;
                }
                else if (c == '[')
                {
                    if (inClass || (i + 1 < pattern.Length && pattern[i + 1] == '^'))
                    {
                        return false;
                    }

                    inClass = true;
                }
                else if (c == ']')
                {
                    inClass = false;
                }
                else if (c == '.' && !inClass)
                {
                    return false;
                }
            }

            return !inClass;
        }

        public Node CompileReference(string reference) =>
            reference.StartsWith("#/", StringComparison.Ordinal) ? Resolve(reference) : Unsupported(new Node());

        private Node Resolve(string reference)
        {
            if (_references.TryGetValue(reference, out var known))
            {
                return known;
            }

            var target = document;
            foreach (string token in reference[2..].Split('/'))
            {
                string name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(name, out target))
                {
                    return Unsupported(new Node());
                }
            }

            // A placeholder first, so a recursive reference ends; filled in below.
            var node = new Node();
            _references[reference] = node;
            node.AllOf.Add(Compile(target));
            return node;
        }

        private Node Unsupported(Node node)
        {
            Supported = false;
            return node;
        }
    }
}
