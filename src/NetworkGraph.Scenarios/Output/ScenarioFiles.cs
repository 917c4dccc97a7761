using System.Globalization;
using System.Text;
using NetworkGraph.Scenarios.Accounts;
using Newtonsoft.Json;

namespace NetworkGraph.Scenarios.Output;

/// <summary>Writes the small files of a scenario: users, ground truth and campaign periods.</summary>
internal static class ScenarioFiles
{
    public static void WriteUsers(Utf8CsvWriter csv, Population population)
    {
        csv.Raw(ArchiveHeaders.Users);
        foreach (var i in population.ListingOrder)
        {
            csv.Field(population.Accounts[i].ProfileCsv);
            csv.EndRow();
        }
    }

    /// <summary>account_id,role,campaigns,community; campaigns as ids joined by ';' (e.g. "1;3").</summary>
    public static void WriteTruth(Utf8CsvWriter csv, Population population, IList<CampaignOptions> campaigns)
    {
        csv.Raw("account_id,role,campaigns,community\n"u8);
        var sb = new StringBuilder();
        foreach (var i in population.ListingOrder)
        {
            var a = population.Accounts[i];
            sb.Clear();
            for (var c = 0; c < campaigns.Count; c++)
            {
                if ((a.CampaignMask & (1 << c)) != 0)
                {
                    sb.Append(sb.Length > 0 ? ";" : "").Append(campaigns[c].Id.ToString(CultureInfo.InvariantCulture));
                }
            }

            csv.Field(a.IdUtf8);
            csv.FieldText(a.Role.Name());
            csv.FieldText(sb.ToString());
            csv.FieldText(a.Community);
            csv.EndRow();
        }
    }

    public static void WriteCampaigns(string path, IList<CampaignOptions> campaigns)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented };
        json.WriteStartArray();
        foreach (var c in campaigns)
        {
            json.WriteStartObject();
            json.WritePropertyName("id");
            json.WriteValue(c.Id);
            json.WritePropertyName("name");
            json.WriteValue(c.Name);
            json.WritePropertyName("start");
            json.WriteValue(c.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WritePropertyName("end");
            json.WriteValue(c.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WritePropertyName("hashtags");
            json.WriteStartArray();
            foreach (var h in c.Hashtags)
            {
                json.WriteValue(h);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        writer.Write('\n');
    }
}
