using SharePolicy.Compilation;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Tests.Compilation;

public class EnumLiftingPromoterTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData(ShareType.Conditional, true)]
    [InlineData(ShareType.Unconditional, false)]
    public void A_nullable_enum_compared_with_a_member_is_true_only_for_that_member(ShareType? itemShareType, bool expected)
    {
        var condition = ConditionCompiler.Compile(PolicyQuestions.Access, "Item.ShareType == ShareType.Conditional", "fact");
        var item = new CatalogItem("name", "姓名", ItemKind.BusinessItem, itemShareType);
        var facts = new AccessFacts(Fixtures.Request(), Fixtures.Entry(ShareType.NotShared, items: item), item);

        condition.Compile().DynamicInvoke(facts).Should().Be(expected);
    }

    [Fact]
    public void A_nullable_enum_compared_with_a_member_parses_without_throwing_on_the_way()
    {
        // The default promoter reads the member's name as a number first, throwing and catching a FormatException.
        var thrown = new List<Exception>();
        var thread = Environment.CurrentManagedThreadId;
        void Record(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs args)
        {
            if (Environment.CurrentManagedThreadId == thread)
            {
                thrown.Add(args.Exception);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Record;
        try
        {
            ConditionCompiler.Compile(PolicyQuestions.ReplyReview, "Timeliness == DeadlineStatus.Late || Timeliness != DeadlineStatus.Overdue", "fact");
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Record;
        }

        thrown.Should().BeEmpty();
    }
}
