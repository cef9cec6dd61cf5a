using PublicApiGenerator;
using SharePolicy.ArticleExamples;
using SharePolicy.Engine;

namespace SharePolicy.Tests;

/// <summary>
/// The public API of the SharePolicy package is the one approved in PublicApi/SharePolicy.approved.txt: a change
/// to it is a change to that file in the same commit, seen in review. After an intended change run
/// <c>SHAREPOLICY_UPDATE_API=1 dotnet test tests/SharePolicy.Tests --filter PublicApiTests</c> and review the diff.
/// </summary>
public class PublicApiTests
{
    private static readonly string ApprovedPath =
        Path.Combine(RepositoryPaths.Root, "tests", "SharePolicy.Tests", "PublicApi", "SharePolicy.approved.txt");

    [Fact]
    public void The_public_API_is_the_approved_one()
    {
        var api = typeof(SharePolicyEngine).Assembly
            .GeneratePublicApi(new ApiGeneratorOptions
            {
                IncludeAssemblyAttributes = false,
                AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"], // AddSharePolicy lives there
            })
            .ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("SHAREPOLICY_UPDATE_API") == "1")
        {
            File.WriteAllText(ApprovedPath, api);
        }

        var approved = File.Exists(ApprovedPath) ? File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n") : string.Empty;
        var apiLines = api.Split('\n');
        var approvedLines = approved.Split('\n');
        var changes = string.Join('\n', apiLines.Except(approvedLines).Select(line => "+ " + line)
            .Concat(approvedLines.Except(apiLines).Select(line => "- " + line)));

        changes.Should().BeEmpty("the public API must be the approved one; if the change is intended, rerun with SHAREPOLICY_UPDATE_API=1 and commit PublicApi/SharePolicy.approved.txt");
        api.Should().Be(approved, "the approved file must match line for line, in order");
    }
}
