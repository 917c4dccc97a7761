using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NetworkGraph.Core.Evaluation;

/// <summary>Reads the generator's campaigns.json: an array of objects with id, name, start and end (extra fields ignored).</summary>
internal static class CampaignJson
{
    public delegate DateOnly DateParser(string text, string source, int line, string field);

    public static List<TruthCampaign> Read(string json, string source, DateParser date)
    {
        JArray items;
        try
        {
            items = JArray.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException ex)
        {
            throw new TruthFileException($"{source} line {ex.LineNumber}: {ex.Message}", ex);
        }

        var result = new List<TruthCampaign>();
        foreach (var item in items)
        {
            var line = ((IJsonLineInfo)item).LineNumber;
            if (item is not JObject o)
            {
                throw new TruthFileException($"{source} line {line}: each campaign must be an object.");
            }

            string Need(string field) =>
                o.GetValue(field, StringComparison.OrdinalIgnoreCase) is JValue { Value: not null } v && v.ToString(System.Globalization.CultureInfo.InvariantCulture) is { Length: > 0 } s
                    ? s
                    : throw new TruthFileException($"{source} line {line}: field '{field}' is missing or empty.");

            var campaign = new TruthCampaign(
                Need("id"),
                o.GetValue("name", StringComparison.OrdinalIgnoreCase)?.ToString() ?? "",
                date(Need("start"), source, line, "start"),
                date(Need("end"), source, line, "end"));
            if (campaign.End < campaign.Start)
            {
                throw new TruthFileException($"{source} line {line}: field 'end' is before 'start'.");
            }

            result.Add(campaign);
        }

        return result;
    }
}
