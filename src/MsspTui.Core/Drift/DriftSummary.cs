namespace MsspTui.Core.Drift;

/// <summary>
/// Counts of a report. <see cref="Discovered"/>: distinct tenants reachable through an active GDAP relationship or a
/// DAP contract (of the sources that answered). <see cref="InSync"/>: registered customers without any finding.
/// <see cref="Checked"/> (not in the json contract): registered customers whose state could be decided (no unknown).
/// </summary>
public sealed record DriftSummary(int Customers, int Discovered, int InSync, int Findings, int Checked);
