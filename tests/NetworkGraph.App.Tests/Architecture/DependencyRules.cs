using System.Xml.Linq;

namespace NetworkGraph.App.Tests.Architecture;

/// <summary>What each project under src/ may reference (docs/ARCHITECTURE.md, "Projects and what each may depend on"),
/// and the check of a project file against it.</summary>
internal static class DependencyRules
{
    private static readonly string[] Logging = ["Microsoft.Extensions.Logging.Abstractions"];

    /// <summary>Project name -> the projects and packages it may reference directly.</summary>
    public static IReadOnlyDictionary<string, (string[] Projects, string[] Packages)> Allowed { get; } =
        new Dictionary<string, (string[], string[])>(StringComparer.Ordinal)
        {
            ["NetworkGraph.Core"] = ([], ["Newtonsoft.Json"]),
            ["NetworkGraph.Analysis"] = ([], ["QuikGraph"]),
            ["NetworkGraph.Bolt"] = ([], Logging),
            ["NetworkGraph.Scenarios"] = (["NetworkGraph.Core"], ["Newtonsoft.Json"]),
            ["NetworkGraph.Storage"] = (["NetworkGraph.Core", "NetworkGraph.Bolt"], ["Microsoft.Data.Sqlite", .. Logging]),
            ["NetworkGraph.App"] = (
                ["NetworkGraph.Core", "NetworkGraph.Analysis", "NetworkGraph.Bolt", "NetworkGraph.Storage", "NetworkGraph.Scenarios"],
                [.. Logging, "Microsoft.Extensions.Options"]),
            ["NetworkGraph.Cli"] = (
                ["NetworkGraph.App"],
                ["Microsoft.Extensions.Hosting", "Microsoft.Extensions.Options.DataAnnotations", "Serilog", "Serilog.Extensions.Hosting",
                    "Serilog.Settings.Configuration", "Serilog.Sinks.Console", "Serilog.Sinks.File", "Serilog.Formatting.Compact",
                    "Spectre.Console", "Spectre.Console.Cli"]),
        };

    /// <summary>Every reference in <paramref name="projectXml"/> (the text of <paramref name="project"/>'s .csproj) that
    /// the table does not allow, as "Project -> Reference" lines; a project the table does not know is one line too.</summary>
    public static IReadOnlyList<string> Violations(string project, string projectXml)
    {
        if (!Allowed.TryGetValue(project, out var allowed))
        {
            return [$"{project}: not in the dependency table (add it to DependencyRules and docs/ARCHITECTURE.md)"];
        }

        var root = XDocument.Parse(projectXml).Root!;
        var projects = root.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? "").Replace('\\', '/')));
        var packages = root.Descendants("PackageReference").Select(r => (string?)r.Attribute("Include") ?? "");
        return projects.Where(p => !allowed.Projects.Contains(p, StringComparer.Ordinal)).Select(p => $"{project} -> project {p}")
            .Concat(packages.Where(p => !allowed.Packages.Contains(p, StringComparer.Ordinal)).Select(p => $"{project} -> package {p}"))
            .ToList();
    }
}
