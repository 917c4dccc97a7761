using System.Text;

namespace NetworkGraph.Scenarios.Accounts;

/// <summary>The tweet_client_name values the generator uses.</summary>
internal static class Clients
{
    public const int IPhone = 0;
    public const int Android = 1;
    public const int WebApp = 2;
    public const int IPad = 3;
    public const int TweetDeck = 4;
    public const int Hootsuite = 5;
    public const int SocialFlow = 6;

    private static readonly string[] Names =
        ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "Twitter for iPad", "TweetDeck", "Hootsuite Inc.", "SocialFlow"];

    public static byte[][] Utf8 { get; } = Names.Select(Encoding.UTF8.GetBytes).ToArray();
}
