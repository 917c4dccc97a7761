namespace NetworkGraph.Cli.Hosting;

/// <summary>The command line as the host sees it before Spectre parses it: the global <c>--verbose</c> flag, the
/// arguments left for the command, and the store the command works on.</summary>
internal sealed record Invocation(IReadOnlyList<string> Arguments, bool Verbose)
{
    /// <summary>The global flag that adds stack traces to error messages.</summary>
    public const string VerboseFlag = "--verbose";

    /// <summary>Takes <c>--verbose</c> out of <paramref name="args"/>, wherever it stands.</summary>
    public static Invocation Parse(IReadOnlyList<string> args)
    {
        var rest = args.Where(a => !string.Equals(a, VerboseFlag, StringComparison.Ordinal)).ToArray();
        return new Invocation(rest, rest.Length != args.Count);
    }

    /// <summary>The words naming the command (e.g. "export gexf"), up to the first option.</summary>
    public string Command => string.Join(' ', Arguments.TakeWhile(a => !a.StartsWith('-')).Take(2));

    /// <summary>The value given to <c>--db</c>, or null.</summary>
    public string? Database => OptionValue("--db");

    /// <summary>The option a value was given to, e.g. "--seed" for "abc" in <c>--seed abc</c>; null when the value
    /// follows no option.</summary>
    public string? OptionOf(string value)
    {
        for (var i = 1; i < Arguments.Count; i++)
        {
            if (string.Equals(Arguments[i], value, StringComparison.Ordinal) && Arguments[i - 1].StartsWith("--", StringComparison.Ordinal))
            {
                return Arguments[i - 1];
            }

            var eq = Arguments[i].IndexOf('=', StringComparison.Ordinal);
            if (Arguments[i].StartsWith("--", StringComparison.Ordinal) && eq > 0 && Arguments[i][(eq + 1)..] == value)
            {
                return Arguments[i][..eq];
            }
        }

        return null;
    }

    private string? OptionValue(string name)
    {
        for (var i = 0; i < Arguments.Count; i++)
        {
            if (string.Equals(Arguments[i], name, StringComparison.Ordinal))
            {
                return i + 1 < Arguments.Count ? Arguments[i + 1] : null;
            }

            if (Arguments[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return Arguments[i][(name.Length + 1)..];
            }
        }

        return null;
    }
}
