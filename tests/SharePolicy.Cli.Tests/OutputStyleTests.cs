namespace SharePolicy.Cli.Tests;

public class OutputStyleTests
{
    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, "", true)]
    [InlineData(true, null, false)]
    [InlineData(false, "1", false)]
    [InlineData(true, "1", false)]
    public void Colour_only_on_a_terminal_without_NO_COLOR(bool redirected, string? noColor, bool coloured)
    {
        OutputStyle.Detect(redirected, noColor).Coloured.Should().Be(coloured);
    }
}
