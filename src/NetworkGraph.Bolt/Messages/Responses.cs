using NetworkGraph.Bolt.PackStream;

namespace NetworkGraph.Bolt.Messages;

/// A server message.
internal abstract record BoltResponse
{
    public static BoltResponse Decode(ReadOnlySpan<byte> message)
    {
        var reader = new PackStreamReader(message);
        var (fields, tag) = reader.ReadStructHeader();
        BoltResponse response = tag switch
        {
            MessageTag.Success when fields == 1 => new SuccessResponse(reader.ReadMap()),
            MessageTag.Record when fields == 1 => new RecordResponse(reader.ReadList()),
            MessageTag.Ignored => IgnoredResponse.Instance,
            MessageTag.Failure when fields == 1 => FailureResponse.From(reader.ReadMap()),
            _ => throw new BoltProtocolException(
                $"Unexpected server message {MessageTag.Name(tag)} with {fields} fields."),
        };
        if (!reader.AtEnd)
        {
            throw new BoltProtocolException($"{MessageTag.Name(tag)} has {message.Length - reader.Position} trailing bytes.");
        }

        return response;
    }
}

internal sealed record SuccessResponse(IReadOnlyDictionary<string, object?> Metadata) : BoltResponse
{
    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    public bool HasMore => Get<bool>("has_more");
}

internal sealed record RecordResponse(IReadOnlyList<object?> Values) : BoltResponse;

internal sealed record IgnoredResponse : BoltResponse
{
    public static readonly IgnoredResponse Instance = new();
}

internal sealed record FailureResponse(string Code, string Message, string? GqlStatus) : BoltResponse
{
    // Up to 5.6 the status is "code"; 5.7+ sends "neo4j_code" with GQL fields.
    public static FailureResponse From(IReadOnlyDictionary<string, object?> metadata)
    {
        var code = metadata.GetValueOrDefault("neo4j_code") as string
            ?? metadata.GetValueOrDefault("code") as string ?? "Neo.DatabaseError.General.UnknownError";
        var message = metadata.GetValueOrDefault("message") as string
            ?? metadata.GetValueOrDefault("description") as string ?? "(no message)";
        return new FailureResponse(code, message, metadata.GetValueOrDefault("gql_status") as string);
    }

    public BoltServerException ToException() => new(Code, Message, GqlStatus);
}
