using NodaTime;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// How long must a requester keep a record of its use of shared data (Regulations Art. 29 ¶2: at least 3 years)? The
/// event is the record's making: the rule sets are those in force on its day, and the period counts from it.
/// </summary>
public sealed class UsageRecordsQuestion : OneFactQuestion<UsageRecord, UsageRecordsOutcome>
{
    internal UsageRecordsQuestion()
        : base("usage-records", typeof(UsageRecordsFacts), UsageRecordsOutcome.KeepRecord, hasDeadlines: true)
    {
    }

    internal override LocalDate EventDate(UsageRecord input, QuestionContext context) => context.DateOf(input.MadeAt);

    internal override RuleFacts Fact(UsageRecord input, QuestionContext context)
    {
        // A record is made on a day the calendar holds, as every other event of a question with deadlines; its period of
        // years then counts without it.
        context.CheckInCalendar(input.MadeAt, "record");
        return new UsageRecordsFacts(input);
    }

    internal override (UsageRecord Input, Instant? Time)? Bind(GivenReader given)
    {
        var node = given.Given("usageRecord")?.Required("usageRecord");
        var map = given.Map(node, "a usage record", "requester", "code", "kind", "madeAt");
        var requester = given.Department(map?.Required("requester"));
        var code = given.Text(map?.Required("code"), "usageRecord code");
        var kind = given.Enum<UsageRecordKind>(map?.Required("kind"), "usageRecord kind");
        var made = given.Instant(map?.Required("madeAt"), "usageRecord madeAt");
        if (requester is null || code is null || kind is null || made is null)
        {
            return null;
        }

        var record = given.Make(node!, () => new UsageRecord(requester, code, kind.Value, made.Value));
        return record is null ? null : (record, made.Value);
    }
}
