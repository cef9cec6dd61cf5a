using System.Linq.Expressions;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using NRules;
using SharePolicy.Bench;
using SharePolicy.Compilation;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Benchmarks;

/// <summary>
/// Where one engine decision's time goes: the stages of <c>DecideAccess</c> done alone, on the engine's own NRules
/// session factory (the access question's) and facts. Diagnostic only: it reaches internals by reflection, so it breaks (loudly, in setup)
/// when they are renamed. The difference between <see cref="DecideAccess"/> and <see cref="CreateInsertFire"/>
/// is the engine's own work: item look-up, combining, reasons, obligations, deadlines and the decision object.
/// </summary>
[MemoryDiagnoser]
public class EngineStageBenchmarks
{
    private readonly AccessCase _case = SampleCases.Conditional;
    private ISessionFactory _factory = null!;
    private Func<AccessRequest, CatalogEntry, CatalogItem, AccessFacts> _newFacts = null!;
    private ISession _reused = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rules = RuleSetLoader.LoadDefault();
        // The national rule set alone: the stack of the library's first set.
        var stack = typeof(RuleLibrary).GetMethod("Stack", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(rules, [1UL])!;
        var sessions = stack.GetType().GetMethod("Sessions")!.Invoke(stack, [PolicyQuestions.Access])!;
        _factory = (ISessionFactory)sessions.GetType().GetProperty("Factory")!.GetValue(sessions)!;
        var constructor = typeof(AccessFacts).GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single();
        var parameters = constructor.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        _newFacts = Expression.Lambda<Func<AccessRequest, CatalogEntry, CatalogItem, AccessFacts>>(
            Expression.New(constructor, parameters), parameters).Compile();
        _reused = _factory.CreateSession();
    }

    [Benchmark]
    public AccessFacts NewFacts() => Facts();

    [Benchmark]
    public ISession CreateSession() => _factory.CreateSession();

    [Benchmark]
    public ISession CreateAndInsert()
    {
        using var budget = WorkBudget.Start(); // conditions run only with a work budget, as the engine gives each decision
        var session = _factory.CreateSession();
        session.Insert(Facts());
        return session;
    }

    [Benchmark]
    public int CreateInsertFire()
    {
        using var budget = WorkBudget.Start();
        var session = _factory.CreateSession();
        session.Insert(Facts());
        return session.Fire();
    }

    /// <summary>What the engine's pooled session costs a decision: insert, fire, retract.</summary>
    [Benchmark]
    public int ReusedSessionInsertFireRetract()
    {
        using var budget = WorkBudget.Start();
        var facts = Facts();
        _reused.Insert(facts);
        var fired = _reused.Fire();
        _reused.Retract(facts);
        return fired;
    }

    [Benchmark(Baseline = true)]
    public AccessOutcome DecideAccess() => Deciders.Engine.DecideAccess(_case.Request, _case.Entry).Outcome;

    private AccessFacts Facts() => _newFacts(_case.Request, _case.Entry, _case.Entry.Items[0]);
}
