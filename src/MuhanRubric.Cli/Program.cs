using System.Text;
using MuhanRubric.Cli;

// The muhan-rubric tool: thin on purpose. It parses arguments, calls the library and renders; every rule lives in
// the library.
Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error);
