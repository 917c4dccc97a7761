using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Tests.Reporting;

/// <summary>A hand-made snapshot of three clusters (two flagged) with accounts, posts and edges, and hostile text planted in a handle, a bio, a location and a post.</summary>
internal static class ReportFixtures
{
    public const string Payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    public const string DomPayload = "\"><svg onload=document.body.setAttribute('data-pwned','1')>";
    public const string MarkdownPayload = "[click](javascript:alert(3)) ![x](http://evil.example/x.png) **bold** `code` | cell";
    public const string HostileId = "az6";

    public static readonly DateTimeOffset Start = new(2023, 9, 4, 0, 0, 0, TimeSpan.Zero);

    public static SnapshotExportInput Input()
    {
        var accounts = new List<Account>();
        var posts = new List<Post>();
        var edges = new List<SnapshotExportEdge>();
        var random = new Random(7);
        var az = Members("az", 8);
        var fr = Members("fr", 5);
        var en = Members("en", 4);
        foreach (var id in az)
        {
            var hostile = id == HostileId;
            accounts.Add(new Account(id, hostile ? Payload : "baku_voice_" + id[2..], hostile ? DomPayload : "Voice " + id, hostile ? Payload : "Bakı, Azərbaycan",
                hostile ? Payload + " " + MarkdownPayload : "Proud citizen. #Karabakh", "az", Start.AddDays(-40 - id[2] % 3), 120, 300, Start));
        }

        foreach (var id in fr)
        {
            accounts.Add(new Account(id, "caledonie_" + id[2..], "Kanak " + id, "Nouméa", "Indépendance", "fr", Start.AddDays(-400), 80, 90, Start));
        }

        foreach (var id in en)
        {
            accounts.Add(new Account(id, "reader_" + id[2..], null, id == "en1" ? "london" : "London", null, "en", Start.AddDays(-2000), 900, 500, Start));
        }

        var n = 0;
        foreach (var (members, lang, text) in new[] { (az, "az", "Bakı Təşəbbüs Qrupu neokolonializmə qarşı!"), (fr, "fr", "Non au colonialisme en Kanaky"), (en, "en", "Nice weather today") })
        {
            foreach (var id in members)
            {
                for (var k = 0; k < 14; k++)
                {
                    var day = lang == "az" && k < 8 ? 10 + k % 4 : random.Next(0, 60);
                    var hour = lang == "en" ? random.Next(0, 24) : random.Next(9, 18);
                    var body = id == HostileId && k == 0 ? Payload + " " + MarkdownPayload : text;
                    posts.Add(new Post($"p{++n}", id, Start.AddDays(day).AddHours(hour).AddMinutes(random.Next(60)), body, lang, PostKind.Original,
                        null, null, lang == "az" ? ["fr1"] : [], lang == "en" ? [] : ["Karabakh", "BIG"], []));
                }
            }
        }

        for (var i = 0; i < az.Length - 1; i++)
        {
            var (a, b) = (az[i], az[i + 1]);
            var pa = posts.First(p => p.AuthorId == a);
            var pb = posts.First(p => p.AuthorId == b);
            edges.Add(new SnapshotExportEdge(a, b, "co_tweet", 12 - i) { MeanDtSeconds = 4 + i, EvidenceCount = 12 - i, First = Start.AddDays(10), Last = Start.AddDays(13), Evidence = [new(pa.Id, pb.Id, pa.Text)] });
        }

        edges.Add(new SnapshotExportEdge("az1", "az3", "co_retweet", 3) { MeanDtSeconds = 30, EvidenceCount = 3 });
        edges.Add(new SnapshotExportEdge("fr1", "fr2", "co_tweet", 6) { MeanDtSeconds = 20, EvidenceCount = 6, First = Start.AddDays(2), Last = Start.AddDays(40) });
        edges.Add(new SnapshotExportEdge("fr2", "fr3", "co_hashtag", 2) { MeanDtSeconds = 600, EvidenceCount = 2 });
        edges.Add(new SnapshotExportEdge("en1", "en2", "co_retweet", 1) { MeanDtSeconds = 3000, EvidenceCount = 1 });
        edges.Add(new SnapshotExportEdge("az8", "outsider", "co_tweet", 2) { MeanDtSeconds = 9, EvidenceCount = 2, First = Start.AddDays(11), Last = Start.AddDays(11) });

        var clusters = new[]
        {
            Cluster("C1-1", 1, az, 0.86, true, [new Campaign(1, DateOnly.FromDateTime(Start.AddDays(10).Date), DateOnly.FromDateTime(Start.AddDays(13).Date), 64, 8, 20, [new("t", Payload, 9)], [new("big", "#BIG", 30)])]),
            Cluster("C2-3", 2, fr, 0.58, true, []),
            Cluster("C3-2", 3, en, 0.12, false, []),
        };
        var snapshot = new Snapshot("v2-0a1b2c3d4e5f", 2, new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string> { ["algorithm"] = "leiden", ["window"] = "60s" }, "f00dfeed" + new string('0', 56), "baku", clusters);
        return new SnapshotExportInput(snapshot, accounts, edges) { Posts = posts };
    }

    public static string[] Members(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i}").ToArray();

    public static SnapshotCluster Cluster(string id, int rank, string[] members, double score, bool flagged, IReadOnlyList<Campaign> campaigns)
    {
        var metrics = new ClusterMetrics(members.Length, members.Length * 14, members.Length - 1, 0.4, 40, 2, 0.05,
            new Dictionary<string, double> { ["co_tweet"] = 0.9 }, 6, 0.8, 0.85, 50, 0.45, 30, 0.27);
        var objects = new ClusterObjects(
            [new("t1", flagged ? Payload : "Nice weather today", 12), new("t2", flagged ? MarkdownPayload : "Second text", 4)],
            [new("karabakh", "#Karabakh", 20), new("big", "#BIG", 11)],
            [], [new("example.org", "example.org", 3)], [new("fr1", "@caledonie_1", 5)], [])
        {
            ShortenedLinks = flagged ? [new("t.co", "t.co", 7)] : [],
        };
        var profile = new ProfileSignals([], [], [], 0.9,
            [new ProfileMatch("az-places", "an Azerbaijani location", 3, 0.375, [new("baki", "Bakı", 3)], ["az1", "az2", "az3"])],
            [], [], 0, new ActivityRhythm("UTC+04:00", new int[24], new int[7], 0.7), new HolidaySilence([], 0, 0));
        var signals = new List<SignalContribution>
        {
            new(SignalNames.FastCopyEdges, "coordination", 0.8, 0.3, 0.24, $"80% of internal weight is copied text within 60 s; bio says {Payload}"),
            new(SignalNames.CopyPaste, "coordination", 0.45, 0.25, 0.1125, "45% of posts were copy-pasted by another member."),
            new(SignalNames.DeclaredLocation, "profile", 0.375, 0.1, 0.0375, "3 members declare an Azerbaijani location."),
        };
        var s = new ClusterScore(score, flagged, 0.45, 0.35, 0.0375, signals, flagged ? $"Flagged: score {score} >= 0.45." : "Not flagged.");
        var report = new ClusterReport(rank, rank - 1, members.Order(StringComparer.Ordinal).ToArray(), metrics, objects, profile, campaigns, s,
            $"{members.Length} accounts posting the same texts; top text: {(flagged ? Payload : "none")}.");
        return new SnapshotCluster(id, report, ClusterLineage.New);
    }
}
