namespace SharePolicy.Model;

/// <summary>What kind of information resource a catalog entry describes (Art. 10).</summary>
public enum ResourceCategory
{
    /// <summary>基础信息资源: population, legal entities, natural resources and geospatial, electronic licences (Art. 10(2)).</summary>
    Base,

    /// <summary>主题信息资源: built by several departments around one theme (Art. 10(3)).</summary>
    Thematic,

    /// <summary>A department's own resource, neither base nor thematic.</summary>
    Departmental,
}
