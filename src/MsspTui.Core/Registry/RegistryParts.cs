using MsspTui.Core.Registry.Yaml;

namespace MsspTui.Core.Registry;

/// <summary>
/// A registry as its checks see it: the shell (every field, with `customers` an empty list at the same position)
/// and the customer entries. Each check of the registry is the check of the shell plus the check of every customer
/// on its own, plus the rules that compare customers; so each customer is visited once for all checks, and customers
/// are checked on all cores.
/// </summary>
internal sealed class RegistryParts(SourceNode shell, List<SourceNode> customers)
{
    public SourceNode Shell { get; } = shell;

    public List<SourceNode> Customers { get; } = customers;

    /// <summary>The parts of <paramref name="root"/>; without a customer list, the shell is the whole tree.</summary>
    public static RegistryParts Of(SourceNode root)
    {
        if (root is not SourceMapping mapping || mapping.Find("customers") is not SourceSequence customers)
        {
            return new RegistryParts(root, []);
        }

        var shell = new SourceMapping(mapping.Start);
        foreach (var entry in mapping.Entries)
        {
            shell.Entries.Add(ReferenceEquals(entry.Value, customers) ? entry with { Value = new SourceSequence(customers.Start) } : entry);
        }

        return new RegistryParts(shell, customers.Items);
    }
}
