using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>An e-government information project examined for its sharing requirements (Art. 21).</summary>
public sealed record InformationProject
{
    /// <summary>Creates a project.</summary>
    /// <param name="name">The project's name.</param>
    /// <param name="owner">The department that runs it.</param>
    /// <param name="stage">The stage it is examined at.</param>
    /// <exception cref="ArgumentException">A value is missing, empty or not defined.</exception>
    public InformationProject(string name, Department owner, ProjectStage stage)
    {
        Name = Guard.Name(name);
        Owner = owner ?? throw new ArgumentNullException(nameof(owner));
        Stage = Guard.Defined(stage);
    }

    /// <summary>The project's name.</summary>
    public string Name { get; }

    /// <summary>The department that runs it.</summary>
    public Department Owner { get; }

    /// <summary>The stage it is examined at.</summary>
    public ProjectStage Stage { get; }

    /// <summary>True when a project information resource catalog was compiled before applying (预编项目信息资源目录).</summary>
    public bool HasResourceCatalog { get; init; }

    /// <summary>True when the project's catalog is registered in the platform's catalog system (纳入共享平台目录管理系统).</summary>
    public bool CatalogRegistered { get; init; }

    /// <summary>True when the project meets the sharing requirements of the Measures (Art. 21 ¶1).</summary>
    public bool MeetsSharingRequirements { get; init; }

    /// <summary>True when the project builds a new business system that needs to share data with other departments (Art. 11 ¶3).</summary>
    public bool SharesAcrossDepartments { get; init; }

    /// <summary>
    /// True when the system shares that data through the sharing platforms at each level, as Art. 11 ¶3 requires of a new
    /// one; it is not asked of a project that shares nothing across departments.
    /// </summary>
    public bool SharesThroughPlatform { get; init; }
}
