namespace MsspTui.Core.Registry;

/// <summary>
/// Where splitting a check across cores pays: below this many customers the whole check takes about a millisecond,
/// less than handing work to another thread in a process that has only just started.
/// </summary>
internal static class LargeRegistry
{
    public const int CustomersFrom = 500;
}
