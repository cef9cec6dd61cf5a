using SharePolicy.Compilation;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Compilation;

public class RuleSetLoaderArgumentTests
{
    [Fact]
    public void The_load_exception_refuses_null_errors()
    {
        var act = () => new RuleSetLoadException(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("errors");
    }

    [Fact]
    public void The_load_exception_without_errors_says_it_needs_one()
    {
        var act = () => new RuleSetLoadException([]);

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.Should().BeOfType<ArgumentException>();
        exception.ParamName.Should().Be("errors");
        exception.Message.Should().Be("A rule set load failure needs at least one error. (Parameter 'errors')");
    }

    [Fact]
    public void The_load_exception_of_one_error_says_1_error()
    {
        var error = new RuleFileError(new RuleSource("rules/x.yaml", 6, 13), "'Allow' is not a valid effect.");

        var exception = new RuleSetLoadException([error]);

        exception.Message.Should().Be(
            "The rule library did not load (1 error):" + Environment.NewLine + "rules/x.yaml:6:13: 'Allow' is not a valid effect.");
        exception.Errors.Should().Equal(error);
    }

    [Fact]
    public async Task LoadDirectoryAsync_refuses_a_null_directory()
    {
        var act = () => RuleSetLoader.LoadDirectoryAsync(null!);

        (await act.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("directory");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task LoadDirectoryAsync_refuses_an_empty_or_blank_directory(string directory)
    {
        var act = () => RuleSetLoader.LoadDirectoryAsync(directory);

        var exception = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        exception.Should().BeOfType<ArgumentException>();
        exception.ParamName.Should().Be("directory");
    }

    [Fact]
    public async Task LoadDirectoryAsync_of_a_missing_directory_says_the_rule_directory_does_not_exist()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sharepolicy-no-such-rules-" + Guid.NewGuid().ToString("N"));

        var act = () => RuleSetLoader.LoadDirectoryAsync(missing);

        (await act.Should().ThrowAsync<DirectoryNotFoundException>()).Which.Message
            .Should().Be($"The rule directory '{missing}' does not exist.");
    }

    [Fact]
    public void Load_refuses_null_files()
    {
        var act = () => RuleSetLoader.Load(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("files");
    }
}
