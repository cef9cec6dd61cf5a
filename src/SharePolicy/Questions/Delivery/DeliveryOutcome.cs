namespace SharePolicy.Questions;

/// <summary>Must the provider deliver shared data, and by when (Regulations Art. 22)? Least restrictive first.</summary>
public enum DeliveryOutcome
{
    /// <summary>Nothing is to be delivered: the reply did not agree to share.</summary>
    NotRequired,

    /// <summary>The provider delivers the data agreed, by the deadline the decision carries.</summary>
    DeliveryRequired,
}
