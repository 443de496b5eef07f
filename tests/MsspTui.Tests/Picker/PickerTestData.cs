using MsspTui.Core.Registry;
using MsspTui.Picker;

namespace MsspTui.Tests.Picker;

internal static class PickerTestData
{
    public static CustomerRegistry Registry(string? defaultPortal = null) => new(
        1,
        new Provider("Northwind MSSP", "11111111-2222-4333-8444-555555555555", Cloud.Global, null),
        new RegistryDefaults(defaultPortal, ["security-reader"]),
        [
            new Customer
            {
                Id = "fabrikam", Name = "Fabrikam, Inc.", TenantId = "0F3C1D2E-1111-4A2B-8C3D-4E5F60718293",
                Domain = "fabrikam.com", Tags = ["tier1", "eu"], Aliases = ["fab"],
                Links = [new CustomerLink("Runbook", "https://wiki.example/runbooks/{tenantId}")],
                Contacts = [new Contact("Dana Ops", "dana@fabrikam.com", "+1 555 0100")],
                Notes = "24x7 SOC contract.", Line = 7,
            },
            new Customer { Id = "contoso", Name = "Contoso Ltd", TenantId = "1a2b3c4d-2222-4a2b-8c3d-4e5f60718293", Tags = ["tier2"], Portal = "intune" },
            new Customer
            {
                Id = "sakura", Name = "桜商事株式会社", TenantId = "2a2b3c4d-3333-4a2b-8c3d-4e5f60718293",
                Status = CustomerStatus.Onboarding, Access = AccessKind.B2b, Tags = ["apac"],
            },
            new Customer { Id = "rocket", Name = "Rocket 🚀 Labs", TenantId = "3a2b3c4d-4444-4a2b-8c3d-4e5f60718293", Tags = ["us"] },
            new Customer { Id = "tailspin", Name = "Tailspin Toys", TenantId = "4a2b3c4d-5555-4a2b-8c3d-4e5f60718293", Status = CustomerStatus.Offboarded },
        ],
        "customers.yaml");

    /// <summary>Names whose marks a terminal draws over the letter before them (Devanagari, Thai, a decomposed é).</summary>
    public static CustomerRegistry CombiningMarks() => new(
        1,
        new Provider("Northwind MSSP", "11111111-2222-4333-8444-555555555555", Cloud.Global, null),
        new RegistryDefaults(null, ["security-reader"]),
        [
            new Customer { Id = "sbi", Name = "भारतीय स्टेट बैंक हिन्दी", TenantId = "5a2b3c4d-6666-4a2b-8c3d-4e5f60718293", Tags = ["apac"] },
            new Customer { Id = "kasikorn", Name = "ธนาคารกสิกรไทย สวัสดี", TenantId = "6a2b3c4d-7777-4a2b-8c3d-4e5f60718293", Tags = ["apac"] },
            new Customer { Id = "cafe", Name = "Cafe\u0301 Noir", TenantId = "7a2b3c4d-8888-4a2b-8c3d-4e5f60718293", Tags = ["eu"] },
        ],
        "customers.yaml");

    public static PickerDriftState Drift(DateTimeOffset discoveredAt) => new(
        new Dictionary<string, IReadOnlyList<PickerFinding>>
        {
            ["contoso"] = [new PickerFinding("missing", PickerSeverity.Error, "no GDAP relationship with Contoso Ltd")],
            ["tailspin"] =
            [
                new PickerFinding("offboarded-access", PickerSeverity.Error, "offboarded but GDAP relationship 'tailspin-soc' is active"),
                new PickerFinding("dap-legacy", PickerSeverity.Warning, "a legacy DAP contract is still in place"),
            ],
        },
        [new PickerUnregisteredTenant("9a2b3c4d-9999-4a2b-8c3d-4e5f60718293", "Adventure Works",
            [new PickerFinding("unregistered", PickerSeverity.Warning, "active GDAP relationship 'aw-soc' but no registry entry")])],
        discoveredAt);
}
