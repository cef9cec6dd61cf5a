using SharePolicy.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8; // reasons are in Chinese as well as English
var style = OutputStyle.Detect(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));
return await SharePolicyCli.RunAsync(args, Console.Out, Console.Error, style).ConfigureAwait(false);
