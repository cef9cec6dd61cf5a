using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Tests.Model;

public class DeadlineTests
{
    private static readonly Instant EndsAt = Instant.FromUtc(2025, 10, 17, 16, 0); // 2025-10-18 00:00 in Beijing
    private static readonly Deadline Deadline = new(new LocalDate(2025, 10, 17), EndsAt);

    [Fact]
    public void Done_before_the_deadline_passes_is_met()
    {
        Deadline.Check(EndsAt - Duration.Epsilon, EndsAt + Duration.FromDays(3)).Should().Be(DeadlineStatus.Met);
    }

    [Fact]
    public void Done_at_the_instant_the_deadline_passes_is_late()
    {
        Deadline.Check(EndsAt, EndsAt + Duration.FromDays(3)).Should().Be(DeadlineStatus.Late);
    }

    [Fact]
    public void Not_done_before_the_deadline_passes_is_pending()
    {
        Deadline.Check(null, EndsAt - Duration.Epsilon).Should().Be(DeadlineStatus.Pending);
    }

    [Fact]
    public void Not_done_once_the_deadline_has_passed_is_overdue()
    {
        Deadline.Check(null, EndsAt).Should().Be(DeadlineStatus.Overdue);
    }

    [Fact]
    public void Done_after_the_time_of_the_check_is_a_contradiction()
    {
        var act = () => Deadline.Check(EndsAt, EndsAt - Duration.FromHours(1));

        act.Should().Throw<ArgumentException>().WithParameterName("doneAt");
    }
}
