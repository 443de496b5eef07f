using System.CommandLine;

namespace MsspTui.Commands;

/// <summary>The CUSTOMER argument and --portal option shared by `url` and `open`.</summary>
public sealed class CustomerArgument
{
    public Argument<string> Customer { get; } = new("CUSTOMER")
    {
        Description = "Customer id, tenant id, name, or a few letters of it",
    };

    public Option<string?> Portal { get; } = new("--portal", "-p")
    {
        Description = "Portal or custom link name (see `mssp-tui portals`); default: the customer's portal, else defender",
        HelpName = "NAME",
    };

    public void AddTo(Command command)
    {
        OptionLikeArgument.Refuse(Customer);
        command.Arguments.Add(Customer);
        command.Options.Add(Portal);
    }
}
