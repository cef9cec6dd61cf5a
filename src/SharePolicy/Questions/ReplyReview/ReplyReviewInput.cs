using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>
/// What the reply-review question is asked about: an application, the catalog entry it names, the provider's reply,
/// and, when the platform kept it, the access decision the applicant was told, whose reply deadline the reply is judged by.
/// </summary>
public sealed record ReplyReviewInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="request">The application.</param>
    /// <param name="entry">The catalog entry of the resource applied for.</param>
    /// <param name="reply">The provider's reply.</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public ReplyReviewInput(AccessRequest request, CatalogEntry entry, ProviderReply reply)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Entry = entry ?? throw new ArgumentNullException(nameof(entry));
        Reply = reply ?? throw new ArgumentNullException(nameof(reply));
    }

    /// <summary>The application.</summary>
    public AccessRequest Request { get; }

    /// <summary>The catalog entry of the resource applied for.</summary>
    public CatalogEntry Entry { get; }

    /// <summary>The provider's reply.</summary>
    public ProviderReply Reply { get; }

    /// <summary>
    /// The access decision the applicant was told when the application was received: its outcome and reply deadline
    /// are what the reply is judged against, whatever the rules say now. Null to decide the application again, with the
    /// rule sets in force on the day it was received.
    /// </summary>
    public AccessDecision? Told { get; init; }
}
