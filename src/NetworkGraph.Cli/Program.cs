using NetworkGraph.Cli.Hosting;

// First, while the managed heap is small: the pages it then commits can be huge ones.
HeapHugePages.Advise();
return await CliApplication.RunAsync(args);
