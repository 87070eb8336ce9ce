using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/MuhanRubric.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
