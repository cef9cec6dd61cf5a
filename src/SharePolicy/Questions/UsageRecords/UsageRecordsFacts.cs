using NodaTime;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What a usage-records rule's condition sees (Regulations Art. 29 ¶2): the record. Its keeping period counts from the day it was made.</summary>
public sealed class UsageRecordsFacts : RuleFacts
{
    internal UsageRecordsFacts(UsageRecord record)
    {
        Record = record;
    }

    /// <summary>The record.</summary>
    public UsageRecord Record { get; }

    internal override LocalDate? DeadlineStart(DateTimeZone zone, LocalTime? closeOfBusiness) => Record.MadeAt.InZone(zone).Date;
}
