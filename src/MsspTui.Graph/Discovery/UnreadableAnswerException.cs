namespace MsspTui.Graph.Discovery;

/// <summary>
/// Graph answered, but not with what was asked for (a page without its list, an item without the fields every such
/// item has, paging that never ends). The source fails with this reason: read as "nothing there", such an answer
/// would turn into false findings (a customer "missing", a registry "in sync").
/// </summary>
internal sealed class UnreadableAnswerException(string message) : Exception(message);
