namespace SharePolicy.Model;

/// <summary>The three share types of Art. 9.</summary>
public enum ShareType
{
    /// <summary>无条件共享: may be provided to every department.</summary>
    Unconditional,

    /// <summary>有条件共享: may be provided to the departments concerned, or only in part to all.</summary>
    Conditional,

    /// <summary>不予共享: not fit to be provided to other departments; needs a legal basis (Art. 10(1)).</summary>
    NotShared,
}
