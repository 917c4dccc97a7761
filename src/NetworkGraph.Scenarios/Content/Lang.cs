namespace NetworkGraph.Scenarios.Content;

/// <summary>Languages the generator writes, with their ISO 639-1 codes as the archive's tweet_language.</summary>
internal enum Lang : byte
{
    Fr,
    En,
    Es,
    De,
    It,
    Ar,
    Az,
    Tr,
    Ru,
}

internal static class LangCodes
{
    private static readonly string[] Codes = ["fr", "en", "es", "de", "it", "ar", "az", "tr", "ru"];
    private static readonly byte[][] Utf8 = Codes.Select(c => System.Text.Encoding.UTF8.GetBytes(c)).ToArray();

    public static int Count => Codes.Length;

    public static string Code(this Lang lang) => Codes[(int)lang];

    public static byte[] CodeBytes(this Lang lang) => Utf8[(int)lang];
}
