namespace SharePolicy.Bench.Tests;

public class DecisionBenchTests
{
    [Theory]
    [InlineData(50, 50)]
    [InlineData(99, 99)]
    [InlineData(99.5, 100)]
    [InlineData(100, 100)]
    [InlineData(0.5, 1)]
    public void A_percentile_is_the_nearest_rank(double percent, long expected)
    {
        var sorted = Enumerable.Range(1, 100).Select(i => (long)i).ToArray();

        DecisionBench.Percentile(sorted, percent).Should().Be(expected);
    }

    [Fact]
    public void A_percentile_of_few_values_rounds_the_rank_up()
    {
        DecisionBench.Percentile([10, 20, 30], 50).Should().Be(20);
        DecisionBench.Percentile([10, 20, 30], 99).Should().Be(30);
        DecisionBench.Percentile([7], 1).Should().Be(7);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.1)]
    public void A_percentile_outside_0_to_100_is_rejected(double percent)
    {
        var act = () => DecisionBench.Percentile([1, 2], percent);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(percent));
    }

    [Fact]
    public void A_percentile_of_no_values_is_rejected()
    {
        var act = () => DecisionBench.Percentile([], 50);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sorted");
    }

    [Fact]
    public void A_run_reports_the_decisions_it_was_asked_for_with_ordered_percentiles()
    {
        var report = DecisionBench.Run(Deciders.Engine, Deciders.Baseline, RequestMix.Generate(20), 200, TimeSpan.FromMilliseconds(1));

        report.Decisions.Should().Be(200);
        report.P50Microseconds.Should().BePositive().And.BeLessThanOrEqualTo(report.P99Microseconds);
        report.DecisionsPerSecond.Should().BePositive();
        report.BaselineDecisionsPerSecond.Should().BePositive();
    }

    [Fact]
    public void A_run_needs_requests_and_at_least_one_decision()
    {
        var noCases = () => DecisionBench.Run(Deciders.Engine, Deciders.Baseline, [], 10, TimeSpan.Zero);
        var noDecisions = () => DecisionBench.Run(Deciders.Engine, Deciders.Baseline, RequestMix.Generate(1), 0, TimeSpan.Zero);

        noCases.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cases");
        noDecisions.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("decisions");
    }

    [Fact]
    public void The_summary_line_gives_the_four_figures_in_fixed_format()
    {
        var report = new BenchReport(100_000, 2.914, 12.4, 312_000.4, 7_800_010);

        report.BaselineRatio.Should().BeApproximately(25.0, 0.001);
        report.SummaryLine.Should().Be("p50_us=2.91 p99_us=12.40 per_sec=312000 baseline_ratio=25.0");
    }
}
