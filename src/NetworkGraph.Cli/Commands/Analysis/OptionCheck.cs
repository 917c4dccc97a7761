using NetworkGraph.App.Pipeline;
using Spectre.Console;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary>Checks option values against the ranges the library enforces, naming the option that holds a bad value.</summary>
internal static class OptionCheck
{
    /// <summary>The coordination options' own validation, its parameter names turned into option names; null when
    /// valid. <paramref name="windowOption"/> names the option the windows came from.</summary>
    public static ValidationResult? Coordination(AnalysisSettings analysis, string windowOption)
    {
        try
        {
            analysis.ToCoordinationOptions().Validate();
            return null;
        }
        catch (ArgumentException ex)
        {
            var option = ex.ParamName switch
            {
                "Windows" => windowOption,
                "Kinds" => "--kinds",
                "MinEdgeWeight" => "--min-weight",
                "MinParticipation" => "--min-participation",
                _ => ex.ParamName ?? "an option",
            };
            return ValidationResult.Error(Named(ex, option));
        }
    }

    /// <summary>The exception's first sentence with its parameter name replaced by <paramref name="option"/>.</summary>
    private static string Named(ArgumentException ex, string option)
    {
        var message = ex.Message.Split('\n')[0];
        var parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        message = (parameter < 0 ? message : message[..parameter]).Trim();
        return ex.ParamName is { Length: > 0 } name && message.Contains(name, StringComparison.Ordinal)
            ? message.Replace(name, option, StringComparison.Ordinal)
            : $"{option}: {message}";
    }
}
