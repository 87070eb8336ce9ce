using System.Runtime.InteropServices;
using System.Text;
using MuhanRubric.Cli;

// The muhan-rubric tool: thin on purpose. It parses arguments, calls the library and renders; every rule lives in
// the library.
Console.OutputEncoding = Encoding.UTF8;

// Ctrl+C (SIGINT) and SIGTERM cancel the running verb, which stops cleanly with exit code 130; a second Ctrl+C ends
// the process at once.
using var cancellation = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    if (!cancellation.IsCancellationRequested)
    {
        context.Cancel = true;
        cancellation.Cancel();
    }
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
return CliApp.Run(args, new CliContext(Console.Out, Console.Error, ErrorIsTerminal: !Console.IsErrorRedirected, cancellation.Token));
