using NodaTime;
using SharePolicy.Instruments;
using SharePolicy.Model;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

#pragma warning disable CA2208 // an input error names the parameter of the public entry point the value was passed to

/// <summary>
/// Is a provider's reply to an application in time and complete (Art. 12 ¶1, ¶2)? The deadline is the one the
/// applicant was told; the event is the reply's day.
/// </summary>
public sealed class ReplyReviewQuestion : PolicyQuestion<ReplyReviewInput, Decision<ReplyReviewOutcome>>
{
    internal ReplyReviewQuestion()
        : base("reply-review", typeof(ReplyReviewFacts), typeof(ReplyReviewOutcome), ReplyReviewOutcome.Defective)
    {
    }

    internal override LocalDate EventDate(ReplyReviewInput input, QuestionContext context) => context.DateOf(input.Reply.RepliedAt);

    internal override RuleFacts[] Facts(ReplyReviewInput input, QuestionContext context)
    {
        var (request, entry, reply) = (input.Request, input.Entry, input.Reply);
        var told = input.Told;
        if (told is null)
        {
            told = context.Decider.DecideAccess(request, entry, context.Jurisdiction);
        }
        else if (PolicyQuestions.Access.EventDate(new AccessInput(request, entry), context) is var received && told.AsOf != received)
        {
            throw new ArgumentException(
                $"The access decision given was made as of {told.AsOf:uuuu-MM-dd}, but the application was received on {received:uuuu-MM-dd}; give the decision made on it.", "told");
        }

        if (reply.RepliedAt < request.SubmittedAt)
        {
            throw new ArgumentException($"The reply at {reply.RepliedAt} comes before the application at {request.SubmittedAt}.", "reply");
        }

        if (reply.Scope.FirstOrDefault(code => entry.FindItem(code) is null) is { } unknown)
        {
            throw new ArgumentException($"The reply's scope names item '{unknown}', which catalog entry '{entry.ResourceCode}' does not have.", "reply");
        }

        if (told.Items.FirstOrDefault(item => entry.FindItem(item.ItemCode) is null) is { } stranger)
        {
            throw new ArgumentException($"The access decision given names item '{stranger.ItemCode}', which catalog entry '{entry.ResourceCode}' does not have.", "told");
        }

        var due = ReplyDeadline(told);
        var timeliness = due?.Check(reply.RepliedAt, reply.RepliedAt);
        // An extension matters only to a reply after the deadline told (and is counted only then, so that an in-time reply
        // never needs days the calendar may not have). It is available where the deadline's rule allows one, or, read so,
        // to an application received before the Regulations, whose deadline could not be extended when it was told.
        var extended = due is not null && timeliness == DeadlineStatus.Late && reply.Extension is { } extension ? context.Extend(due, extension.WorkingDays) : null;
        var extendedTimeliness = extended?.Check(reply.RepliedAt, reply.RepliedAt);
        var extensionAvailable = due is { ExtendableBy: > 0 }
            || (context.Readings.ExtensionForEarlierApplications && told.AsOf < Instrument.Regulations2025.InForceFrom);
        var awaitsReply = told.Items.Any(item => item.Outcome == AccessOutcome.ApplicationRequired);
        var scope = reply.Approved ? new HashSet<string>(reply.Scope, StringComparer.Ordinal) : [];
        var facts = new RuleFacts[told.Items.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            var item = told.Items[i];
            facts[i] = new ReplyReviewFacts(request, entry, reply, told.Outcome, entry.FindItem(item.ItemCode)!, item.Outcome, awaitsReply, scope.Contains(item.ItemCode), timeliness)
            {
                Due = due,
                ExtendedDue = extended,
                ExtendedTimeliness = extendedTimeliness,
                ExtensionAvailable = extensionAvailable,
                ExtendableBy = due?.ExtendableBy ?? 0,
            };
        }

        return facts;
    }

    internal override Decision<ReplyReviewOutcome> Decide(ReplyReviewInput input, RuleFacts[] facts, DecisionRun run, QuestionContext context)
    {
        var reported = run.WithReasonsOfItsOutcome();
        // A deadline told, or the one an extension makes of it, that counts projected days: one reason names the notice missing.
        var provisional = facts switch
        {
            [ReplyReviewFacts { Timeliness: DeadlineStatus.Undetermined, Due: { } due }, ..] => due,
            [ReplyReviewFacts { ExtendedTimeliness: DeadlineStatus.Undetermined, ExtendedDue: { } extended }, ..] => extended,
            _ => null,
        };
        return new((ReplyReviewOutcome)run.Severity, provisional is not null
            ? reported with { Reasons = [.. reported.Reasons, StandardReasons.Provisional(context.Calendar, provisional)] }
            : reported);
    }

    internal override (ReplyReviewInput Input, Instant? Time)? Bind(GivenReader given)
    {
        var map = given.Given("entry", "request", "reply");
        var entry = given.Entry(map?.Required("entry"));
        var request = AccessQuestion.ReadRequest(given, map?.Required("request"));
        var reply = ReadReply(given, map?.Required("reply"));
        return entry is null || request is null || reply is null ? null : (new ReplyReviewInput(request, entry, reply), reply.RepliedAt);
    }

    // The earliest reply deadline the decision set: of two, the shorter binds.
    private static Deadline? ReplyDeadline(AccessDecision told)
    {
        Deadline? due = null;
        foreach (var obligation in told.Obligations)
        {
            if (obligation.Kind == ObligationKind.ProviderReply && obligation.Deadline is { } deadline && (due is null || deadline.EndsAt < due.EndsAt))
            {
                due = deadline;
            }
        }

        return due;
    }

    /// <summary>Reads a provider's reply; the delivery question states its reply the same way.</summary>
    internal static ProviderReply? ReadReply(GivenReader given, YamlDotNet.RepresentationModel.YamlNode? node)
    {
        var map = given.Map(node, "a reply", "approved", "repliedAt", "refusalReasons", "scope", "purposeOfUse", "method", "refusedForMissingMaterials", "extension", "approvedByUnitHead", "extraConditions");
        if (map is null)
        {
            return null;
        }

        var approved = given.Bool(map.Required("approved"), "reply approved");
        var replied = given.Instant(map.Required("repliedAt"), "reply repliedAt");
        var reasons = given.Text(GivenReader.Optional(map, "refusalReasons"), "reply refusalReasons");
        var scope = given.Texts(GivenReader.Optional(map, "scope"), "reply scope");
        var purpose = GivenReader.Optional(map, "purposeOfUse") is { } purposeNode ? given.Enum<UsePurpose>(purposeNode, "reply purposeOfUse") : null;
        var method = GivenReader.Optional(map, "method") is { } methodNode ? given.Enum<ShareMethod>(methodNode, "reply method") : null;
        var missingMaterials = given.Flag(map, "refusedForMissingMaterials", "reply refusedForMissingMaterials");
        var extension = GivenReader.Optional(map, "extension") is { } extensionNode ? ReadExtension(given, extensionNode) : null;
        var unitHead = given.Flag(map, "approvedByUnitHead", "reply approvedByUnitHead");
        var extra = given.Text(GivenReader.Optional(map, "extraConditions"), "reply extraConditions");
        return approved is null || replied is null || GivenReader.Missing(map, "refusalReasons", reasons) || scope is null
            || GivenReader.Missing(map, "purposeOfUse", purpose) || GivenReader.Missing(map, "method", method) || missingMaterials is null
            || GivenReader.Missing(map, "extension", extension) || unitHead is null || GivenReader.Missing(map, "extraConditions", extra)
            ? null
            : given.Make(node!, () => new ProviderReply(approved.Value, replied.Value)
            {
                RefusalReasons = reasons,
                Scope = scope,
                PurposeOfUse = purpose,
                Method = method,
                RefusedForMissingMaterials = missingMaterials.Value,
                Extension = extension,
                ApprovedByUnitHead = unitHead.Value,
                ExtraConditions = extra,
            });
    }

    private static ReplyExtension? ReadExtension(GivenReader given, YamlDotNet.RepresentationModel.YamlNode node)
    {
        var map = given.Map(node, "an extension", "workingDays", "approvedByAuthority", "requesterNotified");
        if (map is null)
        {
            return null;
        }

        var days = given.Number(map.Required("workingDays"), "extension workingDays", 1, 366);
        var approved = given.Flag(map, "approvedByAuthority", "extension approvedByAuthority");
        var notified = given.Flag(map, "requesterNotified", "extension requesterNotified");
        return days is null || approved is null || notified is null ? null : new ReplyExtension(days.Value, approved.Value, notified.Value);
    }
}
