namespace SharePolicy.Rules;

/// <summary>
/// Which rule set decided: its id, version, and the SHA-256 of its content (manifest and rule files), so that an
/// auditor can replay a decision with exactly the rules that made it.
/// </summary>
/// <param name="Id">The rule set's id, e.g. <c>cn.national.measures-2016</c>.</param>
/// <param name="Version">Its version, as its manifest states it.</param>
/// <param name="Sha256">The SHA-256 of its content, in lower-case hex.</param>
public sealed record RuleSetStamp(string Id, string Version, string Sha256)
{
    /// <summary>The rule set's id.</summary>
    public string Id { get; init => field = value ?? throw new ArgumentNullException(nameof(Id)); } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>Its version.</summary>
    public string Version { get; init => field = value ?? throw new ArgumentNullException(nameof(Version)); } = Version ?? throw new ArgumentNullException(nameof(Version));

    /// <summary>The SHA-256 of its content.</summary>
    public string Sha256 { get; init => field = value ?? throw new ArgumentNullException(nameof(Sha256)); } = Sha256 ?? throw new ArgumentNullException(nameof(Sha256));

    /// <summary><c>id@version (sha256:…)</c>.</summary>
    public override string ToString() => $"{Id}@{Version} (sha256:{Sha256[..Math.Min(12, Sha256.Length)]})";
}
