using System.Globalization;
using System.Text;
using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Reporting;

/// <summary>A small writer of inline SVG: every number is culture-invariant and every text is escaped.</summary>
internal sealed class Svg
{
    private readonly StringBuilder _sb = new();

    /// <summary>Starts a chart; a null <paramref name="label"/> makes a decorative picture that screen readers skip.</summary>
    public Svg(double width, double height, string? label, string cssClass = "chart")
    {
        _sb.Append("<svg class=\"").Append(cssClass).Append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .Append(N(width)).Append(' ').Append(N(height)).Append('"');
        if (label is null)
        {
            _sb.Append(" aria-hidden=\"true\">");
        }
        else
        {
            _sb.Append(" role=\"img\" aria-label=\"").Append(HtmlText.Escape(label)).Append("\"><title>").Append(HtmlText.Escape(label)).Append("</title>");
        }
    }

    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public Svg Rect(double x, double y, double w, double h, ExportColor? fill, string? cssClass = null, string? tip = null)
    {
        _sb.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y))
            .Append("\" width=\"").Append(N(Math.Max(0, w))).Append("\" height=\"").Append(N(Math.Max(0, h))).Append('"');
        if (fill is { } f)
        {
            _sb.Append(" fill=\"").Append(f.Hex).Append('"');
        }

        if (cssClass is not null)
        {
            _sb.Append(" class=\"").Append(cssClass).Append('"');
        }

        if (tip is null)
        {
            _sb.Append("/>");
        }
        else
        {
            _sb.Append("><title>").Append(HtmlText.Escape(tip)).Append("</title></rect>");
        }

        return this;
    }

    public Svg Line(double x1, double y1, double x2, double y2, string cssClass)
    {
        _sb.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2))
            .Append("\" y2=\"").Append(N(y2)).Append("\" class=\"").Append(cssClass).Append("\"/>");
        return this;
    }

    /// <summary>A text; <paramref name="anchor"/> is start, middle or end.</summary>
    public Svg Text(double x, double y, string text, string cssClass = "lbl", string anchor = "start")
    {
        _sb.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" class=\"").Append(cssClass).Append('"');
        if (anchor != "start")
        {
            _sb.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        _sb.Append('>').Append(HtmlText.Escape(text)).Append("</text>");
        return this;
    }

    public string Close() => _sb.Append("</svg>").ToString();

    /// <summary>A round, whole-number axis maximum at or above <paramref name="max"/> that splits into <paramref name="ticks"/> whole steps of 1, 2, 3, 4, 5, 6 or 8 times a power of ten.</summary>
    public static double NiceCeiling(double max, int ticks = 4)
    {
        var raw = Math.Max(max, 1) / ticks;
        var power = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(raw))));
        foreach (var step in new[] { 1, 2, 3, 4, 5, 6, 8, 10 })
        {
            if (step * power >= raw)
            {
                return step * power * ticks;
            }
        }

        return 10 * power * ticks;
    }
}
