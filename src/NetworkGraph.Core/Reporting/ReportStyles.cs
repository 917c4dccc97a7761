using System.Security.Cryptography;
using System.Text;

namespace NetworkGraph.Core.Reporting;

/// <summary>The report's one stylesheet and its CSP hash (the policy allows this exact stylesheet and nothing else).</summary>
internal static class ReportStyles
{
    public const string Css = """

        :root{--ink:#1d2430;--muted:#5b6472;--line:#dfe3ea;--soft:#f5f7fa;--accent:#1f5fa8;--flag:#b3261e}
        *{box-sizing:border-box}
        body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
        header.top{background:#16213a;color:#fff;padding:22px 40px 18px}
        header.top .brand{font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:#a9b8d6}
        header.top h1{margin:4px 0 6px;font-size:26px;font-weight:650}
        header.top .meta{margin:0;color:#c9d3e6;font-size:13px}
        header.top code{color:#fff;background:rgba(255,255,255,.14)}
        main{max-width:1120px;margin:0 auto;padding:10px 40px 40px}
        h2{font-size:21px;margin:34px 0 10px;padding-bottom:6px;border-bottom:2px solid var(--line);display:flex;align-items:center;gap:10px;flex-wrap:wrap}
        h3{font-size:15px;margin:26px 0 8px;color:#28324a;text-transform:uppercase;letter-spacing:.04em}
        p{margin:6px 0 10px}
        .muted{color:var(--muted);font-weight:400}
        .lead{font-size:15px}
        code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:1px 4px;border-radius:3px;word-break:break-all}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(118px,1fr));gap:10px;margin:12px 0}
        .card.wide{grid-column:span 2}
        .card.wide .v{font-size:17px;line-height:28px}
        .card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:var(--soft)}
        .card .k{font-size:11.5px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
        .card .v{font-size:20px;font-weight:650;white-space:nowrap}
        .badge{display:inline-block;white-space:nowrap;font-size:12px;font-weight:600;padding:2px 8px;border-radius:10px;border:1px solid var(--line);background:var(--soft);color:var(--muted)}
        .badge.flag{background:#fdecea;border-color:#f3b8b3;color:var(--flag)}
        svg.swatch{width:14px;height:14px;display:inline-block;vertical-align:-2px}
        .verdict{border-left:4px solid var(--flag);background:#fff7f6;padding:10px 14px;margin:10px 0;border-radius:0 6px 6px 0}
        .verdict.calm{border-left-color:var(--accent);background:#f3f7fc}
        .narrative{color:#303a4d}
        table{border-collapse:collapse;width:100%;margin:8px 0 14px;font-size:13px}
        th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
        th{background:var(--soft);font-weight:600;color:#3a4459}
        td.n,th.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        tr.total td{font-weight:650;border-top:2px solid var(--line)}
        .user{overflow-wrap:anywhere}
        .grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(330px,1fr));gap:18px;align-items:start}
        .grid4{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:14px;align-items:start}
        td.t{white-space:nowrap;font-variant-numeric:tabular-nums}
        td.t code{word-break:normal}
        figure{margin:8px 0 14px}
        figcaption{font-size:12.5px;color:var(--muted);margin-top:2px}
        svg.chart{width:100%;height:auto;display:block}
        svg.bar{width:120px;height:12px;display:inline-block;vertical-align:middle;margin-right:6px}
        svg .lbl{font-size:11px;fill:#4a5365}
        svg .val{font-size:11px;fill:#2a3140}
        svg .strong{font-weight:700;fill:#1d2430}
        svg .note{font-size:11px;fill:#7a8394;font-style:italic}
        svg .grid{stroke:#e7eaf0;stroke-width:1}
        svg .axis{stroke:#9aa3b2;stroke-width:1}
        svg .track{fill:#eef1f5}
        svg .camp{fill-opacity:.13;stroke-opacity:.5;stroke-dasharray:3 2}
        svg .camp-lbl{font-size:11px;font-weight:700;fill:#303a4d}
        svg .unflag{fill-opacity:.45}
        ol.texts{padding-left:22px;margin:6px 0}
        ol.texts li{margin:4px 0}
        .edge{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:10px 0}
        .edge .head{font-weight:600}
        nav.toc a{color:var(--accent);text-decoration:none;margin-right:14px}
        details summary{cursor:pointer;color:var(--accent)}
        footer{max-width:1120px;margin:0 auto;padding:16px 40px 40px;color:var(--muted);font-size:12.5px;border-top:1px solid var(--line)}
        @media print{header.top{background:#fff;color:#000}header.top .meta,header.top .brand{color:#333}section.cluster{break-before:page}}

        """;

    /// <summary>The CSP source for the stylesheet: <c>'sha256-...'</c> of its UTF-8 bytes.</summary>
    public static string Hash { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css))) + "'";

    /// <summary>No script, frame, font, connection or remote image from anywhere; only this stylesheet.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; script-src 'none'; style-src {Hash}; img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";
}
