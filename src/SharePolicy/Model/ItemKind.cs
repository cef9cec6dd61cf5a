namespace SharePolicy.Model;

/// <summary>Whether an item of a resource is one of its base items or a business item (Art. 10(2)).</summary>
public enum ItemKind
{
    /// <summary>基础信息项: the common need of all departments; unconditionally shared in a base resource.</summary>
    BaseItem,

    /// <summary>业务信息项: follows its own share type.</summary>
    BusinessItem,
}
