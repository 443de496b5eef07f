using System.Text.Encodings.Web;
using System.Text.Json;
using MsspTui.Core.IO;
using MsspTui.Core.Registry;

namespace MsspTui.Commands;

/// <summary>`list --json`: an array of customers with every registry field, effective roles and portal filled in.</summary>
public static class CustomerListJson
{
    public static void Write(TextWriter output, IReadOnlyList<Customer> customers, RegistryDefaults defaults)
    {
        using var pieces = new JsonTextOutput(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        pieces.Json.WriteStartArray();
        foreach (Customer customer in customers)
        {
            WriteCustomer(pieces.Json, customer, defaults);
            pieces.PassOnWhenFull();
        }

        pieces.Json.WriteEndArray();
        pieces.Complete();
        output.WriteLine();
    }

    private static void WriteCustomer(Utf8JsonWriter json, Customer customer, RegistryDefaults defaults)
    {
        json.WriteStartObject();
        json.WriteString("id", customer.Id);
        json.WriteString("name", customer.Name);
        json.WriteString("tenantId", customer.TenantId.ToLowerInvariant());
        json.WriteString("domain", customer.Domain);
        json.WriteString("status", CustomerListTable.StatusName(customer.Status));
        json.WriteString("access", CustomerListTable.AccessName(customer.Access));
        WriteStrings(json, "expectedRoles", customer.EffectiveExpectedRoles(defaults));
        WriteStrings(json, "tags", customer.Tags);
        WriteStrings(json, "aliases", customer.Aliases);
        json.WriteString("portal", customer.EffectivePortal(defaults));
        json.WriteStartArray("links");
        foreach (CustomerLink link in customer.Links)
        {
            json.WriteStartObject();
            json.WriteString("name", link.Name);
            json.WriteString("url", link.UrlTemplate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("contacts");
        foreach (Contact contact in customer.Contacts)
        {
            json.WriteStartObject();
            json.WriteString("name", contact.Name);
            json.WriteString("email", contact.Email);
            json.WriteString("phone", contact.Phone);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("notes", customer.Notes);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
