namespace MsspTui.Core.Diagnostics;

/// <summary>
/// Every diagnostic the registry tooling can report. This is the one place codes are defined; they are stable
/// (scripts and CI filters depend on them) and each one is documented in docs/diagnostics.md.
/// MSSP0xx: the file and its YAML. MSSP1xx: the registry's shape (also what the JSON Schema says).
/// MSSP2xx: rules the schema cannot express.
/// </summary>
public static class DiagnosticCodes
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    public static readonly DiagnosticDescriptor FileUnreadable = new("MSSP001", Error, "The registry file cannot be read");
    public static readonly DiagnosticDescriptor FileTooLarge = new("MSSP002", Error, "The registry file is over the size limit");
    public static readonly DiagnosticDescriptor NotUtf8Text = new("MSSP003", Error, "The file is not UTF-8 text");
    public static readonly DiagnosticDescriptor EmptyFile = new("MSSP004", Error, "The registry file is empty");
    public static readonly DiagnosticDescriptor YamlSyntax = new("MSSP005", Error, "YAML syntax error");
    public static readonly DiagnosticDescriptor AnchorOrAlias = new("MSSP006", Error, "YAML anchors and aliases are not allowed");
    public static readonly DiagnosticDescriptor DuplicateKey = new("MSSP007", Error, "Duplicate key in a mapping");
    public static readonly DiagnosticDescriptor MultipleDocuments = new("MSSP008", Error, "More than one YAML document");
    public static readonly DiagnosticDescriptor TooComplex = new("MSSP009", Error, "Nesting or node count over the limit");
    public static readonly DiagnosticDescriptor UnsupportedTag = new("MSSP010", Error, "Unsupported YAML tag or complex key");

    public static readonly DiagnosticDescriptor SchemaViolation = new("MSSP100", Error, "The registry does not match its JSON Schema");
    public static readonly DiagnosticDescriptor UnknownField = new("MSSP101", Error, "Unknown field");
    public static readonly DiagnosticDescriptor MissingField = new("MSSP102", Error, "Required field missing");
    public static readonly DiagnosticDescriptor WrongType = new("MSSP103", Error, "Value of the wrong type");
    public static readonly DiagnosticDescriptor InvalidValue = new("MSSP104", Error, "Value not allowed");
    public static readonly DiagnosticDescriptor InvalidId = new("MSSP105", Error, "Invalid customer id");
    public static readonly DiagnosticDescriptor InvalidGuid = new("MSSP106", Error, "Invalid GUID");
    public static readonly DiagnosticDescriptor UnsupportedSchemaVersion = new("MSSP107", Error, "Unsupported schemaVersion");

    public static readonly DiagnosticDescriptor DuplicateId = new("MSSP201", Error, "Duplicate customer id");
    public static readonly DiagnosticDescriptor DuplicateName = new("MSSP202", Error, "Duplicate customer name");
    public static readonly DiagnosticDescriptor DuplicateTenantId = new("MSSP203", Error, "Duplicate tenant id");
    public static readonly DiagnosticDescriptor UnknownRole = new("MSSP204", Error, "Unknown role");
    public static readonly DiagnosticDescriptor UnknownPortal = new("MSSP205", Error, "Unknown portal");
    public static readonly DiagnosticDescriptor LinkNotHttps = new("MSSP206", Error, "Link is not https");
    public static readonly DiagnosticDescriptor LinkUnknownPlaceholder = new("MSSP207", Error, "Link uses an unknown placeholder");
    public static readonly DiagnosticDescriptor LinkMalformed = new("MSSP208", Error, "Link is not a well-formed URL");
    public static readonly DiagnosticDescriptor SecretField = new("MSSP209", Error, "Field name looks like a secret");
    public static readonly DiagnosticDescriptor SecretValue = new("MSSP210", Error, "Value looks like a secret");
    public static readonly DiagnosticDescriptor InvalidDomain = new("MSSP211", Error, "Invalid domain name");
    public static readonly DiagnosticDescriptor ProviderTenantIsCustomer = new("MSSP212", Warning, "Provider tenant listed as a customer");
    public static readonly DiagnosticDescriptor PortalNeedsDomain = new("MSSP213", Warning, "Portal needs a domain the customer lacks");
    public static readonly DiagnosticDescriptor InvalidEmail = new("MSSP214", Warning, "Contact e-mail address looks wrong");
    public static readonly DiagnosticDescriptor DuplicateListEntry = new("MSSP215", Warning, "Same entry twice in a list");
    public static readonly DiagnosticDescriptor AmbiguousAlias = new("MSSP216", Warning, "Alias matches another customer");
    public static readonly DiagnosticDescriptor BidiControl = new("MSSP217", Error, "Value holds a bidirectional control character");
    public static readonly DiagnosticDescriptor ControlCharacter = new("MSSP218", Error, "Value holds a control character");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        FileUnreadable, FileTooLarge, NotUtf8Text, EmptyFile, YamlSyntax, AnchorOrAlias, DuplicateKey, MultipleDocuments,
        TooComplex, UnsupportedTag,
        SchemaViolation, UnknownField, MissingField, WrongType, InvalidValue, InvalidId, InvalidGuid, UnsupportedSchemaVersion,
        DuplicateId, DuplicateName, DuplicateTenantId, UnknownRole, UnknownPortal, LinkNotHttps, LinkUnknownPlaceholder,
        LinkMalformed, SecretField, SecretValue, InvalidDomain, ProviderTenantIsCustomer, PortalNeedsDomain, InvalidEmail,
        DuplicateListEntry, AmbiguousAlias, BidiControl, ControlCharacter,
    ];
}
