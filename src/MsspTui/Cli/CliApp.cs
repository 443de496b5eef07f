using System.CommandLine;
using System.CommandLine.Invocation;
using MsspTui.Commands;

namespace MsspTui.Cli;

/// <summary>The whole command line, runnable in-process: parse, dispatch, turn any failure into a message and an exit code.</summary>
public sealed class CliApp(CliContext context)
{
    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        RootCommand root = CommandCatalog.Build(context);
        ParseResult parsed = root.Parse(args);
        bool usageError = parsed.Action is ParseErrorAction;
        if (parsed.Action is ParseErrorAction parseError)
        {
            // A usage error names the problem on stderr; pages of help on stdout would pollute a pipeline.
            parseError.ShowHelp = false;
        }

        var configuration = new InvocationConfiguration
        {
            // For a usage error System.CommandLine writes its typo suggestions (and a blank line) to Output: stderr too.
            Output = usageError ? context.Error : context.Out,
            Error = context.Error,
            // Our own handler below prints a message instead of a stack trace.
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("mssp-tui: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (IOException exception)
        {
            // Nearly always the output failing (a full disk, a vanished terminal): the person's environment, not a bug.
            TryWriteError($"mssp-tui: input/output error: {exception.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception exception)
        {
            context.Error.WriteLine($"mssp-tui: unexpected error: {exception.Message}");
            context.Error.WriteLine("Please report it with the command you ran: https://github.com/mssp-tui/mssp-tui/issues");
            return ExitCodes.Failure;
        }
    }

    private void TryWriteError(string message)
    {
        try
        {
            context.Error.WriteLine(message);
        }
        catch (IOException)
        {
            // stderr is gone too; the exit code still tells.
        }
    }
}
