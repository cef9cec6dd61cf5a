using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>
/// An updated data catalog a department sent to the same-level sharing authority for review (Regulations Art. 17 ¶2),
/// and when it reached the authority.
/// </summary>
public sealed record CatalogSubmission
{
    /// <summary>Creates a submission.</summary>
    /// <param name="department">The department whose catalog it is.</param>
    /// <param name="receivedAt">When the updated catalog reached the sharing authority.</param>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public CatalogSubmission(Department department, Instant receivedAt)
    {
        Department = department ?? throw new ArgumentNullException(nameof(department));
        ReceivedAt = receivedAt;
    }

    /// <summary>The department whose catalog it is.</summary>
    public Department Department { get; }

    /// <summary>When the updated catalog reached the sharing authority.</summary>
    public Instant ReceivedAt { get; }
}
