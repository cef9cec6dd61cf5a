namespace SharePolicy.Model;

/// <summary>
/// The grading level of data under the classification-and-grading system (数据分类分级) the Data Security Law sets up
/// (Art. 21: general, important and core data), which a catalog entry states (Regulations Art. 13 ¶2).
/// </summary>
public enum DataGrade
{
    /// <summary>一般数据.</summary>
    General,

    /// <summary>重要数据.</summary>
    Important,

    /// <summary>核心数据.</summary>
    Core,
}
