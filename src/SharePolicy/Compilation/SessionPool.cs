using System.Collections.Concurrent;
using NRules;

namespace SharePolicy.Compilation;

/// <summary>
/// Idle NRules sessions of one question's factory. Creating a session builds its whole working memory, which costs
/// several times a decision, so a decision borrows an idle session, inserts its facts, fires, retracts them and gives
/// the session back empty. A session whose insert, fire or retract threw is dropped, never reused.
/// </summary>
internal sealed class SessionPool
{
    // ConcurrentBag keeps an idle list per thread, so a thread mostly takes back the session it returned.
    // The pool never holds more sessions than decisions ever ran at once.
    private readonly ConcurrentBag<ISession> _idle = [];

    public SessionPool(ISessionFactory factory) => Factory = factory;

    public ISessionFactory Factory { get; }

    /// <summary>Fires the question's rules on the facts of one decision; the rules record their firings on the facts.</summary>
    public void Fire(IReadOnlyCollection<object> facts)
    {
        var session = _idle.TryTake(out var idle) ? idle : Factory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        session.RetractAll(facts);
        _idle.Add(session);
    }
}
