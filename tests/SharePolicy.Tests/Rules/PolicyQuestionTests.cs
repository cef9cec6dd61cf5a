using System.Reflection;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Rules;

public class PolicyQuestionTests
{
    public static TheoryData<string> Questions => new(PolicyQuestions.All.Select(question => question.Name));

    [Theory]
    [MemberData(nameof(Questions))]
    public void No_fact_a_condition_sees_shares_its_name_with_a_model_type(string name)
    {
        // Conditions resolve a name to a type before a property, so that ShareType.Conditional names the enum
        // inside item lambdas; a fact property named like a model type could then never be reached.
        var question = PolicyQuestions.Find(name)!;
        var typeNames = typeof(PolicyQuestion).Assembly.GetExportedTypes()
            .Where(type => type.Namespace is "SharePolicy.Model" or "SharePolicy.Rules")
            .Select(type => type.Name)
            .ToHashSet();

        var clashes = question.FactType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(property => property.Name)
            .Where(typeNames.Contains);

        clashes.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Every_question_has_an_outcome_enum_whose_fail_closed_outcome_is_the_most_restrictive(string name)
    {
        var question = PolicyQuestions.Find(name)!;
        var values = Enum.GetValues(question.OutcomeType).Cast<Enum>().Select(value => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        values.Should().Equal(Enumerable.Range(0, values.Length), "outcomes are ranked by their order");
        Convert.ToInt32(question.FailClosedOutcome, System.Globalization.CultureInfo.InvariantCulture).Should().Be(values.Max());
        question.FactType.Should().BeAssignableTo<RuleFacts>();
    }

    [Fact]
    public void Every_question_of_the_library_is_registered_once()
    {
        var questions = typeof(PolicyQuestion).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(PolicyQuestion)) && !type.IsAbstract);

        PolicyQuestions.All.Select(question => question.GetType()).Should().BeEquivalentTo(questions).And.OnlyHaveUniqueItems();
        typeof(PolicyQuestions).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType.IsSubclassOf(typeof(PolicyQuestion)))
            .Select(property => property.GetValue(null)).Should().Equal(PolicyQuestions.All);
    }

    [Fact]
    public void Find_knows_every_question_by_its_name_and_no_other()
    {
        PolicyQuestions.All.Should().OnlyHaveUniqueItems(question => question.Name);
        PolicyQuestions.All.Should().AllSatisfy(question => PolicyQuestions.Find(question.Name).Should().BeSameAs(question));
        PolicyQuestions.Find("Access").Should().BeNull();
    }
}
