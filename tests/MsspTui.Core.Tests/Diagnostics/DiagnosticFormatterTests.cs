using System.Text.Json;
using MsspTui.Core.Diagnostics;
using Xunit;

namespace MsspTui.Core.Tests.Diagnostics;

public sealed class DiagnosticFormatterTests
{
    private static readonly List<Diagnostic> Sample =
    [
        new("MSSP101", DiagnosticSeverity.Error, "unknown field 'x'; did you mean 'y'?", "dir,with:odd/customers.yaml", 3, 5),
        new("MSSP214", DiagnosticSeverity.Warning, "100% odd\r\nsecond line", "customers.yaml", 12, 1),
    ];

    [Fact]
    public void Text_is_one_contract_line_per_diagnostic() =>
        Assert.Equal(
            "dir,with:odd/customers.yaml:3:5: error MSSP101: unknown field 'x'; did you mean 'y'?\n" +
            "customers.yaml:12:1: warning MSSP214: 100% odd  second line\n",
            DiagnosticFormatter.Text(Sample));

    [Fact]
    public void GitHub_commands_are_escaped_like_the_actions_toolkit() =>
        Assert.Equal(
            "::error file=dir%2Cwith%3Aodd/customers.yaml,line=3,col=5,title=MSSP101::unknown field 'x'; did you mean 'y'?\n" +
            "::warning file=customers.yaml,line=12,col=1,title=MSSP214::100%25 odd%0D%0Asecond line\n",
            DiagnosticFormatter.GitHub(Sample));

    [Fact]
    public void Json_has_the_contract_shape()
    {
        using var document = JsonDocument.Parse(DiagnosticFormatter.Json(Sample));
        var root = document.RootElement;

        Assert.False(root.GetProperty("valid").GetBoolean());
        var first = root.GetProperty("diagnostics")[0];
        Assert.Equal(["code", "severity", "message", "file", "line", "column"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.True(JsonDocument.Parse(DiagnosticFormatter.Json([])).RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Warnings_alone_are_valid_and_the_summary_says_so()
    {
        Assert.True(DiagnosticFormatter.IsValid([Sample[1]]));
        Assert.Equal("customers.yaml: valid, 0 errors, 1 warning", DiagnosticFormatter.Summary("customers.yaml", [Sample[1]]));
        Assert.Equal("customers.yaml: 1 error, 1 warning", DiagnosticFormatter.Summary("customers.yaml", Sample));
        Assert.Equal("customers.yaml: valid", DiagnosticFormatter.Summary("customers.yaml", []));
    }
}
