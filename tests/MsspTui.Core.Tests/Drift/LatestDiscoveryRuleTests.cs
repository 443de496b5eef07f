using MsspTui.Core.Drift;
using Xunit;

namespace MsspTui.Core.Tests.Drift;

public sealed class LatestDiscoveryRuleTests
{
    private const SourceStatus Ok = SourceStatus.Ok;
    private const SourceStatus Failed = SourceStatus.Failed;
    private const SourceStatus Forbidden = SourceStatus.Forbidden;
    private const SourceStatus Skipped = SourceStatus.Skipped;

    private static DiscoverySnapshot Discovery(SourceStatus gdap, SourceStatus dap, SourceStatus tenantInfo) => new(
        new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero),
        "https://graph.microsoft.com/v1.0",
        [
            new SourceResult(DiscoverySource.Gdap, gdap, gdap == Ok ? null : "why", 0),
            new SourceResult(DiscoverySource.Dap, dap, dap == Ok ? null : "why", 0),
            new SourceResult(DiscoverySource.TenantInfo, tenantInfo, tenantInfo == Ok ? null : "why", 0),
        ],
        [], [], []);

    [Fact]
    public void Anything_replaces_no_latest_discovery()
    {
        Assert.True(LatestDiscoveryRule.Replaces(Discovery(Failed, Skipped, Skipped), latest: null));
    }

    [Fact]
    public void A_complete_discovery_replaces_any_latest_one()
    {
        var complete = Discovery(Ok, Ok, Ok);

        Assert.True(LatestDiscoveryRule.Replaces(complete, Discovery(Ok, Ok, Ok)));
        Assert.True(LatestDiscoveryRule.Replaces(complete, Discovery(Failed, Forbidden, Skipped)));
    }

    [Theory]
    [InlineData(Failed, Skipped, Skipped)] // offline: gdap could not reach Graph, the rest never ran
    [InlineData(Failed, Failed, Failed)]
    [InlineData(Ok, Forbidden, Ok)]
    [InlineData(Ok, Ok, Failed)] // one tenant look-up failed
    [InlineData(Ok, Skipped, Skipped)] // drift --sources gdap
    public void An_incomplete_or_partial_discovery_never_replaces_a_complete_one(SourceStatus gdap, SourceStatus dap, SourceStatus tenantInfo)
    {
        var candidate = Discovery(gdap, dap, tenantInfo);

        Assert.False(LatestDiscoveryRule.Replaces(candidate, Discovery(Ok, Ok, Ok)));
        Assert.NotEmpty(LatestDiscoveryRule.Lost(candidate, Discovery(Ok, Ok, Ok)));
    }

    [Fact]
    public void Between_incomplete_discoveries_the_new_one_replaces_when_it_answered_at_least_what_the_latest_did()
    {
        Assert.True(LatestDiscoveryRule.Replaces(Discovery(Ok, Skipped, Skipped), Discovery(Ok, Failed, Failed)));
        Assert.True(LatestDiscoveryRule.Replaces(Discovery(Ok, Ok, Failed), Discovery(Ok, Failed, Failed)));
        Assert.True(LatestDiscoveryRule.Replaces(Discovery(Failed, Skipped, Skipped), Discovery(Forbidden, Failed, Failed)));

        Assert.False(LatestDiscoveryRule.Replaces(Discovery(Failed, Ok, Ok), Discovery(Ok, Failed, Failed)));
        Assert.Equal([DiscoverySource.Gdap], LatestDiscoveryRule.Lost(Discovery(Failed, Ok, Ok), Discovery(Ok, Failed, Failed)));
    }

    [Fact]
    public void Lost_names_every_source_that_answered_before_and_not_now_in_report_order()
    {
        Assert.Equal(
            [DiscoverySource.Gdap, DiscoverySource.Dap, DiscoverySource.TenantInfo],
            LatestDiscoveryRule.Lost(Discovery(Failed, Skipped, Skipped), Discovery(Ok, Ok, Ok)));
    }
}
