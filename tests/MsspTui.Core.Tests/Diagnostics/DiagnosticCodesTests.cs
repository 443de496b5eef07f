using System.Reflection;
using System.Text.RegularExpressions;
using MsspTui.Core.Diagnostics;
using MsspTui.Core.Tests.Registry;
using Xunit;

namespace MsspTui.Core.Tests.Diagnostics;

public sealed class DiagnosticCodesTests
{
    private static readonly List<DiagnosticDescriptor> Declared = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToList();

    [Fact]
    public void Codes_are_unique_well_formed_and_all_listed()
    {
        Assert.Equal(Declared.Count, Declared.Select(d => d.Code).Distinct().Count());
        Assert.All(Declared, d => Assert.Matches(@"^MSSP\d{3}$", d.Code));
        Assert.Equal(Declared.Select(d => d.Code).Order(), DiagnosticCodes.All.Select(d => d.Code).Order());
    }

    [Fact]
    public void Every_code_is_documented_with_its_severity()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "diagnostics.md"));
        foreach (var descriptor in DiagnosticCodes.All)
        {
            string severity = DiagnosticFormatter.SeverityName(descriptor.Severity);
            Assert.Matches(new Regex($@"^### {descriptor.Code} .*\({severity}\)", RegexOptions.Multiline), docs);
        }
    }
}
