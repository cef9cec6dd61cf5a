using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Bench;

/// <summary>
/// A seeded, reproducible mix of valid access requests over every branch of the default rules, under the Measures and
/// under the Regulations: all share types, item share types that differ from their entry's, base items of base
/// resources, requests without a purpose, classified resources asked for through either network, share methods the
/// entry does not offer, requesters that are not government bodies, whole resources and subsets of items; and, for the
/// Regulations, work secrets, entries not yet published, applications missing a material and applications through a
/// separate exchange system. The same seed and count
/// give the same cases.
/// </summary>
public static class RequestMix
{
    /// <summary>The seed <c>sharepolicy bench</c>, the benchmarks and the stress tests use unless told otherwise.</summary>
    public const int DefaultSeed = 2016;

    /// <summary>How many of every hundred requests state no purpose (and are so Denied, Art. 5(2)).</summary>
    public const int PercentWithoutPurpose = 10;

    /// <summary>How many of every hundred entries are classified (and so Denied through the external network, Art. 11 ¶2).</summary>
    public const int PercentClassified = 10;

    /// <summary>How many of every hundred requests come through the internal network platform; the rest through the external one.</summary>
    public const int PercentInternal = 30;

    /// <summary>How many of every hundred requests ask for a share method their entry does not offer (and are so Denied, Art. 12 ¶2).</summary>
    public const int PercentOtherMethod = 10;

    /// <summary>How many of every hundred requests come from a body that is not a government body (and are so Denied, Art. 2 ¶2, 3).</summary>
    public const int PercentNotGovernment = 5;

    /// <summary>How many of every hundred requests are received from 2025-08-01, and so decided under the Regulations.</summary>
    public const int PercentUnderRegulations = 40;

    /// <summary>
    /// How many of every hundred entries are work secrets, and of every hundred entries not yet published (out of scope,
    /// R2025 Art. 3 ¶1, and Denied, Art. 16 ¶1, under the Regulations; the Measures know neither).
    /// </summary>
    public const int PercentWorkSecret = 5;

    /// <summary>
    /// How many of every hundred applications lack each of the materials the Regulations require (Art. 20 ¶2: the basis,
    /// scope and period of use, the sharing unit head's agreement), each missing one making it SupplementRequired.
    /// </summary>
    public const int PercentMissingEachMaterial = 4;

    /// <summary>
    /// How many of every hundred requests come through an exchange system built apart from the sharing platforms (Denied
    /// under the Regulations, Art. 31, 32; not decisive under the Measures, Art. 11 ¶3).
    /// </summary>
    public const int PercentSeparateSystem = 3;

    // Under the Measures, from 2016-09-05 to 2025-07-31 in Beijing; under the Regulations, from 2025-08-01 to 2026-12-15,
    // so that a 10-working-day reply deadline stays inside the calendar (to 2026).
    private static readonly Instant FirstSubmission = Instant.FromUtc(2016, 9, 4, 16, 0);
    private static readonly Instant RegulationsInForce = Instant.FromUtc(2025, 7, 31, 16, 0);
    private static readonly Instant LastSubmission = Instant.FromUtc(2026, 12, 15, 15, 59, 59);

    private static readonly Department[] Departments =
    [
        new("11100000000013127X", "公安部", GovernmentLevel.Central, "100000"),
        new("11330000002482034X", "浙江省民政厅", GovernmentLevel.Provincial, "330000"),
        new("11330100MB0000001X", "杭州市民政局", GovernmentLevel.Municipal, "330100"),
        new("11330108MB0000003X", "滨江区市场监督管理局", GovernmentLevel.County, "330108"),
    ];

    private static readonly Department Company = new("91330100MA2XXXXX1X", "杭州某数据科技有限公司", GovernmentLevel.Municipal, "330100") { Kind = BodyKind.Other };

    private static readonly string[] BaseResources = ["人口", "法人单位", "自然资源和空间地理", "电子证照"];

    /// <summary>Makes <paramref name="count"/> cases from <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IReadOnlyList<AccessCase> Generate(int count, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var cases = new AccessCase[count];
        for (var i = 0; i < count; i++)
        {
            var entry = Entry(random, i);
            cases[i] = new AccessCase(Request(random, entry), entry);
        }

        return cases;
    }

    private static CatalogEntry Entry(Random random, int index)
    {
        var category = Pick(random, 30, 20, 50) switch
        {
            0 => ResourceCategory.Base,
            1 => ResourceCategory.Thematic,
            _ => ResourceCategory.Departmental,
        };
        var items = new CatalogItem[random.Next(1, 5)];
        for (var i = 0; i < items.Length; i++)
        {
            var kind = random.Next(100) < (category == ResourceCategory.Base ? 50 : 20) ? ItemKind.BaseItem : ItemKind.BusinessItem;
            ShareType? own = random.Next(100) < 60 ? null : ShareTypeOf(random);
            items[i] = new CatalogItem($"item{i}", $"信息项{i}", kind, own);
        }

        var shareType = ShareTypeOf(random);
        return new CatalogEntry(
            $"330100-{index:D6}", $"政务信息资源{index}", Departments[random.Next(Departments.Length)], category, shareType, items)
        {
            BaseResource = category == ResourceCategory.Base ? BaseResources[random.Next(BaseResources.Length)] : null,
            ShareConditions = shareType == ShareType.Conditional ? "仅用于履行法定职责" : null,
            ShareMethods = [(ShareMethod)random.Next(4)],
            Classified = random.Next(100) < PercentClassified,
            WorkSecret = random.Next(100) < PercentWorkSecret,
            Status = random.Next(100) < PercentWorkSecret ? CatalogStatus.UnderReview : CatalogStatus.Published,
        };
    }

    private static AccessRequest Request(Random random, CatalogEntry entry)
    {
        // Half the requests ask for the whole resource, half for a shuffled, non-empty subset of its items.
        var codes = entry.Items.Select(item => item.Code).ToArray();
        random.Shuffle(codes);
        var requested = random.Next(2) == 0 ? [] : codes[..random.Next(1, codes.Length + 1)];
        var purpose = random.Next(100) < PercentWithoutPurpose ? null : new Purpose((UsePurpose)random.Next(4), "社会救助资格审核");
        var (first, last) = random.Next(100) < PercentUnderRegulations ? (RegulationsInForce, LastSubmission) : (FirstSubmission, RegulationsInForce - Duration.FromSeconds(1));
        var submittedAt = first + Duration.FromSeconds((long)(random.NextDouble() * (last - first).TotalSeconds));
        var offered = entry.ShareMethods[0];
        var method = random.Next(100) < PercentOtherMethod ? (ShareMethod)(((int)offered + 1 + random.Next(3)) % 4) : offered;
        var requester = random.Next(100) < PercentNotGovernment ? Company : Departments[random.Next(Departments.Length)];
        bool Stated() => random.Next(100) >= PercentMissingEachMaterial;
        return new AccessRequest(requester, entry.ResourceCode, requested, purpose, method, submittedAt)
        {
            Network = random.Next(100) < PercentInternal ? NetworkZone.Internal : NetworkZone.External,
            UseBasis = Stated() ? "《社会救助暂行办法》第十一条" : null,
            UseScope = Stated() ? "申请社会救助家庭的资格核查" : null,
            UseUntil = Stated() ? submittedAt.InZone(SharePolicy.Engine.SharePolicyEngine.ChinaStandardTime).Date.PlusYears(1) : null,
            ApprovedByUnitHead = Stated(),
            Channel = random.Next(100) < PercentSeparateSystem ? SharingChannel.SeparateExchangeSystem : SharingChannel.SharingPlatform,
        };
    }

    // Unconditional 40 %, Conditional 40 %, NotShared 20 %.
    private static ShareType ShareTypeOf(Random random) => (ShareType)Pick(random, 40, 40, 20);

    private static int Pick(Random random, params ReadOnlySpan<int> weights)
    {
        var roll = random.Next(100);
        for (var i = 0; i < weights.Length; i++)
        {
            if (roll < weights[i])
            {
                return i;
            }

            roll -= weights[i];
        }

        return weights.Length - 1;
    }
}
