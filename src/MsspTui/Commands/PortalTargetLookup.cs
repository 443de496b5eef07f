using System.CommandLine;
using MsspTui.Cli;
using MsspTui.Core.Matching;
using MsspTui.Core.Portals;
using MsspTui.Core.Registry;
using MsspTui.Core.Resolution;
using MsspTui.Core.Text;

namespace MsspTui.Commands;

/// <summary>
/// Registry → customer → portal URL for `url` and `open`, printing why whenever one step fails. What it prints of the
/// registry or the command line is <see cref="VisibleText"/>.
/// </summary>
public static class PortalTargetLookup
{
    public static PortalTarget? Find(ParseResult result, CliContext context, CustomerArgument arguments)
    {
        if (RegistrySession.Load(result, context) is not { } registry)
        {
            return null;
        }

        string query = result.GetValue(arguments.Customer) ?? string.Empty;
        CustomerResolution resolution = CustomerResolver.Resolve(registry.Customers, query);
        if (resolution.Customer is not { } customer)
        {
            ReportUnresolved(context, query, resolution);
            return null;
        }

        string portalName = result.GetValue(arguments.Portal) ?? customer.EffectivePortal(registry.Defaults);
        PortalTarget? target = CustomerPortals.Find(customer, portalName, registry.Provider.Cloud);
        if (target is null)
        {
            string links = customer.Links.Count == 0 ? "" : VisibleText.Of($"; links of {customer.Id}: {string.Join(", ", customer.Links.Select(l => l.Name))}");
            context.Error.WriteLine($"mssp-tui: unknown portal '{VisibleText.Of(portalName)}'. Portals: {string.Join(", ", PortalCatalog.Names)}{links}");
            return null;
        }

        if (!target.IsAvailable)
        {
            context.Error.WriteLine($"mssp-tui: {VisibleText.OfNullable(target.Problem)}");
            return null;
        }

        return target;
    }

    private static void ReportUnresolved(CliContext context, string query, CustomerResolution resolution)
    {
        if (!resolution.IsAmbiguous)
        {
            context.Error.WriteLine($"mssp-tui: no customer matches '{VisibleText.Of(query)}'. Try `mssp-tui list`.");
            return;
        }

        // The candidates are the closest of the matches; `list QUERY` lists all the matches.
        int count = resolution.Candidates.Count;
        bool closestOnly = resolution.Matches > count;
        string which = closestOnly ? $"{resolution.Matches:N0} customers, {count:N0} of them {Describe(resolution.Closeness)}" : $"{count:N0} customers";
        context.Error.WriteLine($"mssp-tui: '{VisibleText.Of(query)}' matches {which}; be more specific:");
        foreach (Customer candidate in resolution.Candidates.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).Take(CandidatesShown))
        {
            context.Error.WriteLine($"  {VisibleText.Of(candidate.Id),-24} {VisibleText.Of(candidate.Name)}");
        }

        string list = $"`mssp-tui list {VisibleText.Of(QuoteForShell(query))}`";
        if (count > CandidatesShown)
        {
            string lists = closestOnly ? $"lists all {resolution.Matches:N0} matches" : "lists them";
            context.Error.WriteLine($"  ... and {count - CandidatesShown:N0} more; {list} {lists}");
        }
        else if (closestOnly)
        {
            context.Error.WriteLine($"  {list} lists all {resolution.Matches:N0} matches");
        }
    }

    private static string Describe(MatchKind closeness) => closeness switch
    {
        MatchKind.WordStart => "at the start of a word",
        MatchKind.Anywhere => "with the letters together",
        _ => "with the letters in order",
    };

    // Enough to spot the one meant; a short query in a large registry matched thousands and scrolled the question away.
    private const int CandidatesShown = 20;

    private static string QuoteForShell(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? text : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
