using NetworkGraph.Cli.Hosting;

return await CliApplication.RunAsync(args);
