using System.Security.Cryptography;
using System.Text;
using SharePolicy.Files;
using SharePolicy.Instruments;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>
/// Turns rule files into a <see cref="RuleLibrary"/>: files are grouped by folder, each folder with a
/// <c>rule-set.yaml</c> is a rule set (a folder of rule files without one is a national rule set of the Measures, named
/// after the folder), files under an <c>instruments</c> folder are instruments; overlays are checked against what they
/// overlay, and every error of every file is reported at once.
/// </summary>
internal static class LibraryBuilder
{
    public static RuleLibrary Build(IReadOnlyList<RuleFile> files, List<RuleFileError> errors, CancellationToken cancellationToken)
    {
        var problems = new List<YamlProblem>();
        var instruments = new List<Instrument>(Instrument.BuiltIn);
        foreach (var file in files.Where(IsInstrumentFile))
        {
            if (InstrumentReader.Read(file.Path, file.Content, problems) is { } instrument)
            {
                // A copy of a built-in instrument's file (a library that keeps rules/cn/instruments/) is that instrument.
                if (Instrument.BuiltIn.Any(known => known.Id == instrument.Id && known.Text == instrument.Text))
                {
                    continue;
                }

                if (instruments.Any(known => known.Id == instrument.Id || known.Cite == instrument.Cite))
                {
                    errors.Add(new RuleFileError(new RuleSource(file.Path, 1, 1), $"instrument '{instrument.Id}' ({instrument.Cite}) is already known; an id and a prefix name one instrument."));
                }
                else
                {
                    instruments.Add(instrument);
                }
            }
        }

        var folders = files.Where(file => !IsInstrumentFile(file))
            .GroupBy(file => Folder(file.Path), StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToArray();
        var sources = new List<(RuleSetManifest Manifest, RuleFile[] Rules, RuleSetStamp Stamp)>();
        foreach (var folder in folders)
        {
            var manifestFile = folder.FirstOrDefault(file => FileName(file.Path) == RuleSetManifestReader.FileName);
            var rules = folder.Where(file => file != manifestFile).OrderBy(file => file.Path, StringComparer.Ordinal).ToArray();
            var manifest = manifestFile is null ? Anonymous(folder.Key) : RuleSetManifestReader.Read(manifestFile, instruments, problems);
            if (manifest is null)
            {
                continue;
            }

            if (rules.Length == 0)
            {
                errors.Add(new RuleFileError(new RuleSource(manifestFile!.Path, 1, 1), $"rule set '{manifest.Id}' has no rule files beside its manifest."));
                continue;
            }

            sources.Add((manifest, rules, Stamp(manifest, manifestFile, rules)));
        }

        errors.AddRange(problems.Select(problem => new RuleFileError(new RuleSource(problem.File, problem.Line, problem.Column), problem.Message)));
        CheckIds(sources.Select(source => source.Manifest), files, errors);
        if (sources.Count > RuleLibrary.MaxRuleSets)
        {
            errors.Add(new RuleFileError(new RuleSource(sources[RuleLibrary.MaxRuleSets].Rules[0].Path, 1, 1), $"a library holds at most {RuleLibrary.MaxRuleSets} rule sets."));
            throw new RuleSetLoadException(errors);
        }

        // Every set whose manifest reads is compiled, whatever else is wrong, so that one load reports every error.

        // National sets first, then overlays from the province down, so a set is compiled after those it overlays.
        var ordered = sources.OrderBy(source => source.Manifest.Jurisdiction.Level).ThenBy(source => source.Manifest.Id, StringComparer.Ordinal).ToArray();
        var compiled = new List<CompiledRuleSet>(ordered.Length);
        foreach (var (manifest, rules, stamp) in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chain = Chain(manifest, compiled);
            var inherited = chain.SelectMany(set => set.Lists).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
            if (RuleSetCompiler.Compile(manifest, rules, new CitationScope(manifest.Instrument, instruments), inherited, stamp, errors, cancellationToken) is { } set)
            {
                compiled.Add(set);
            }
        }

        var warnings = new List<RuleFileError>();
        CheckNationalDates(compiled, errors);
        CheckOverlays(compiled, errors, warnings);
        CheckRuleIds(compiled, errors);
        if (errors.Count > 0)
        {
            throw new RuleSetLoadException(errors);
        }

        var library = new RuleLibrary(compiled, instruments, warnings);
        for (var i = 0; i < compiled.Count; i++)
        {
            if (!compiled[i].IsOverlay)
            {
                library.Stack(1UL << i).CompileAll(cancellationToken); // a national set alone: the stack most decisions use
            }
        }

        return library;
    }

    private static bool IsInstrumentFile(RuleFile file) =>
        file.Path.Replace('\\', '/').Split('/').SkipLast(1).Contains("instruments", StringComparer.Ordinal);

    private static string Folder(string path)
    {
        var normalised = path.Replace('\\', '/');
        var slash = normalised.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalised[..slash];
    }

    private static string FileName(string path) => path.Replace('\\', '/').Split('/')[^1];

    // A folder of rule files without a manifest: a national rule set of the Measures in force from their day, named
    // after its folder, as rule directories were before manifests.
    private static RuleSetManifest Anonymous(string folder)
    {
        var name = FileName(folder.Length == 0 ? "rules" : folder).ToLowerInvariant();
        var id = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        var measures = Instrument.Measures2016;
        return new RuleSetManifest(id.Length == 0 ? "rules" : id, "0", measures, Jurisdiction.National, measures.InForceFrom, null, null);
    }

    // SHA-256 of the manifest and every rule file, each with its name within the set, in name order.
    private static RuleSetStamp Stamp(RuleSetManifest manifest, RuleFile? manifestFile, RuleFile[] rules)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in (manifestFile is null ? rules : rules.Prepend(manifestFile)).OrderBy(file => FileName(file.Path), StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(FileName(file.Path) + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(file.Content.ReplaceLineEndings("\n") + "\n"));
        }

        return new RuleSetStamp(manifest.Id, manifest.Version, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static void CheckIds(IEnumerable<RuleSetManifest> manifests, IReadOnlyList<RuleFile> files, List<RuleFileError> errors)
    {
        foreach (var twice in manifests.GroupBy(manifest => manifest.Id, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            errors.Add(new RuleFileError(new RuleSource(files[0].Path, 1, 1), $"rule set id '{twice.Key}' is used by {twice.Count()} rule sets; each has its own."));
        }
    }

    // The sets a set overlays, from the national one up, among those already compiled.
    private static List<CompiledRuleSet> Chain(RuleSetManifest manifest, IReadOnlyList<CompiledRuleSet> compiled)
    {
        var chain = new List<CompiledRuleSet>();
        for (var target = manifest.Overlays; target is not null;)
        {
            var set = compiled.FirstOrDefault(candidate => candidate.Manifest.Id == target);
            if (set is null || chain.Contains(set))
            {
                break;
            }

            chain.Insert(0, set);
            target = set.Manifest.Overlays;
        }

        return chain;
    }

    // One national rule set decides each day: two whose dates overlap would leave the choice to their order.
    private static void CheckNationalDates(List<CompiledRuleSet> sets, List<RuleFileError> errors)
    {
        var national = sets.Where(set => !set.IsOverlay).OrderBy(set => set.Manifest.InForceFrom).ToArray();
        for (var i = 1; i < national.Length; i++)
        {
            var (earlier, later) = (national[i - 1].Manifest, national[i].Manifest);
            if (earlier.InForceTo is not { } to || to >= later.InForceFrom)
            {
                errors.Add(new RuleFileError(Where(national[i]),
                    $"national rule sets '{earlier.Id}' and '{later.Id}' are both in force on {later.InForceFrom:uuuu-MM-dd}; end the earlier one (inForce: to) the day before the later begins."));
            }
        }
    }

    private static RuleSource Where(CompiledRuleSet set) => set.Rules.Count > 0 ? set.Rules[0].Source : new RuleSource(set.Manifest.Id, 1, 1);

    // An overlay adds to the rule set it overlays, inside its jurisdiction, and cannot loosen it.
    private static void CheckOverlays(List<CompiledRuleSet> sets, List<RuleFileError> errors, List<RuleFileError> warnings)
    {
        foreach (var overlay in sets.Where(set => set.IsOverlay))
        {
            var manifest = overlay.Manifest;
            var where = Where(overlay);
            var target = sets.FirstOrDefault(set => set.Manifest.Id == manifest.Overlays);
            if (target is null)
            {
                errors.Add(new RuleFileError(where, $"rule set '{manifest.Id}' overlays '{manifest.Overlays}', which the library does not hold."));
                continue;
            }

            // A layer of carry-overs is national law surviving beside the national rule set it overlays: it may permit and
            // override, as national law does, but only on a national set.
            if (manifest.IsCarryOver)
            {
                if (target.IsOverlay)
                {
                    errors.Add(new RuleFileError(where, $"rule set '{manifest.Id}' carries provisions over to '{target.Manifest.Id}', which is not a national rule set."));
                }

                continue;
            }

            if (target.Manifest.Jurisdiction.Level >= manifest.Jurisdiction.Level
                || (target.Manifest.Jurisdiction.Region is { } region && !target.Manifest.Jurisdiction.Contains(manifest.Jurisdiction.Region!)))
            {
                errors.Add(new RuleFileError(where, $"rule set '{manifest.Id}' ({manifest.Jurisdiction}) overlays '{target.Manifest.Id}' ({target.Manifest.Jurisdiction}); an overlay is for a place inside the one of the rule set it overlays."));
                continue;
            }

            var national = Chain(manifest, sets);
            foreach (var rule in overlay.Rules)
            {
                if (rule.Effect is RuleEffect.Permit or RuleEffect.Override)
                {
                    errors.Add(new RuleFileError(rule.Source, $"rule '{rule.Id}': an overlay cannot change the outcome the rules it overlays give ({rule.Effect}); use effect Require to add an obligation, or, for a use, Forbid for a stricter local ban."));
                }
                else if (rule.Effect == RuleEffect.Forbid && !rule.Question.AllowsLocalProhibitions)
                {
                    errors.Add(new RuleFileError(rule.Source, $"rule '{rule.Id}': the {rule.Question} rules of '{target.Manifest.Id}' are a ceiling on restrictions; an overlay may add prohibitions only to a question that allows them ({string.Join(", ", PolicyQuestions.All.Where(question => question.AllowsLocalProhibitions))})."));
                }

                Loosening(rule, national, warnings);
            }
        }
    }

    // A deadline an overlay gives that is longer than the one the rules it overlays give for the same obligation, or a
    // local step longer than the national provider deadline it must fit inside: the national one binds, and lint says so.
    private static void Loosening(PolicyRule rule, IReadOnlyList<CompiledRuleSet> national, List<RuleFileError> warnings)
    {
        foreach (var obligation in rule.Obligations)
        {
            if (obligation.Deadline is YearsDeadline keep)
            {
                // A period to keep for at least: one shorter than every national one of its kind would loosen national law
                // whichever applies (as for a time to act by, lint cannot tell which national rule a local one meets); at
                // decision time the longest binds.
                var kept = national.SelectMany(set => set.Rules)
                    .Where(other => other.Question == rule.Question && other.Outcome.Equals(rule.Outcome))
                    .SelectMany(other => other.Obligations.Where(candidate => candidate.Kind == obligation.Kind && candidate.Deadline is YearsDeadline)
                        .Select(candidate => (Rule: other, ((YearsDeadline)candidate.Deadline!).Years)))
                    .OrderBy(candidate => candidate.Years)
                    .FirstOrDefault();
                if (kept.Rule is not null && keep.Years < kept.Years)
                {
                    warnings.Add(new RuleFileError(rule.Source,
                        $"rule '{rule.Id}' would loosen national law: {obligation.Kind} kept {keep.Years} years, where {kept.Rule.Id} keeps {kept.Years}; the longer binds."));
                }

                continue;
            }

            if (obligation.Deadline is not WorkingDaysDeadline local)
            {
                continue;
            }

            var kind = obligation.Kind == ObligationKind.ProceduralStep ? ObligationKind.ProviderReply : obligation.Kind;
            var candidates = national.SelectMany(set => set.Rules)
                .Where(other => other.Question == rule.Question && other.Outcome.Equals(rule.Outcome))
                .SelectMany(other => other.Obligations.Where(candidate => candidate.Kind == kind && candidate.Deadline is WorkingDaysDeadline)
                    .Select(candidate => (Rule: other, Deadline: (WorkingDaysDeadline)candidate.Deadline!)))
                .ToArray();
            // The longest national deadline of the kind for the same outcome: lint cannot tell which national rule a local
            // one meets (the Regulations give 1 day for Unconditional data, 10 for Conditional), so it warns only of a
            // local deadline longer than them all; at decision time the shorter binds whichever it is.
            var bound = candidates.OrderByDescending(candidate => candidate.Deadline.WorkingDays).Select(candidate => (candidate.Rule, Days: candidate.Deadline.WorkingDays)).FirstOrDefault();

            // An extension longer than every national one of its kind loosens national law whichever applies (the engine
            // also never lets the binding deadline be extended by more than the least of them).
            var widest = candidates.OrderByDescending(candidate => candidate.Deadline.ExtendableBy).FirstOrDefault();
            if (widest.Rule is not null && obligation.Kind != ObligationKind.ProceduralStep && local.ExtendableBy > widest.Deadline.ExtendableBy)
            {
                warnings.Add(new RuleFileError(rule.Source,
                    $"rule '{rule.Id}' would loosen national law: {obligation.Kind} extendable by {local.ExtendableBy} working days, where {widest.Rule.Id} allows {widest.Deadline.ExtendableBy}; the least binds."));
            }

            if (bound.Rule is not null && local.WorkingDays > bound.Days)
            {
                warnings.Add(new RuleFileError(rule.Source, obligation.Kind == ObligationKind.ProceduralStep
                    ? $"rule '{rule.Id}': its step takes {local.WorkingDays} working days, which does not fit inside the {bound.Days} of {bound.Rule.Id} ({kind})."
                    : $"rule '{rule.Id}' would loosen national law: {local.WorkingDays} working days for {obligation.Kind}, where {bound.Rule.Id} gives {bound.Days}; the shorter binds."));
            }
        }
    }

    private static void CheckRuleIds(List<CompiledRuleSet> sets, List<RuleFileError> errors)
    {
        var seen = new Dictionary<string, PolicyRule>(StringComparer.Ordinal);
        foreach (var rule in sets.SelectMany(set => set.Rules))
        {
            if (!seen.TryAdd(rule.Id, rule))
            {
                errors.Add(new RuleFileError(rule.Source, $"rule id '{rule.Id}' is already used at {seen[rule.Id].Source}; ids are unique in a library."));
            }
        }
    }
}
