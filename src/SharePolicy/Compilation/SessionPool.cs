using System.Collections.Concurrent;
using NRules;

namespace SharePolicy.Compilation;

/// <summary>
/// Idle NRules sessions of one question's factory. Creating a session builds its whole working memory, which costs
/// about half a decision, so a decision borrows an idle session, inserts its facts, fires, retracts them and gives
/// the session back empty. A session whose insert, fire or retract threw is dropped, never reused.
/// </summary>
internal sealed class SessionPool
{
    // ConcurrentBag keeps an idle list per thread, so a thread mostly takes back the session it returned.
    private readonly ConcurrentBag<ISession> _idle = [];
    // Counted apart from the bag: ConcurrentBag.Count takes every thread's lock.
    private int _idleCount;

    public SessionPool(ISessionFactory factory, int maxIdle)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxIdle);
        Factory = factory;
        MaxIdle = maxIdle;
    }

    public ISessionFactory Factory { get; }

    /// <summary>
    /// How many idle sessions are kept at most; a session given back beyond that is let go, so that a burst of
    /// concurrent decisions does not hold memory for good.
    /// </summary>
    public int MaxIdle { get; }

    /// <summary>How many sessions are idle now.</summary>
    public int IdleCount => Volatile.Read(ref _idleCount);

    /// <summary>Fires the question's rules on the facts of one decision; the rules record their firings on the facts.</summary>
    public void Fire(IReadOnlyCollection<object> facts)
    {
        var session = Rent();
        session.InsertAll(facts);
        session.Fire();
        session.RetractAll(facts);
        Return(session);
    }

    /// <summary>An idle session, or a new one when none is idle.</summary>
    public ISession Rent()
    {
        if (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }

        return Factory.CreateSession();
    }

    /// <summary>Gives back a session that holds no facts; it is kept for the next decision unless enough are idle.</summary>
    public void Return(ISession session)
    {
        if (Interlocked.Increment(ref _idleCount) <= MaxIdle)
        {
            _idle.Add(session);
        }
        else
        {
            Interlocked.Decrement(ref _idleCount);
        }
    }
}
