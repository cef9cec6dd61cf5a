using SharePolicy.Cli;

return await SharePolicyCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
