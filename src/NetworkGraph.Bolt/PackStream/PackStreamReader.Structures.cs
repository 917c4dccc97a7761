using NetworkGraph.Bolt.Values;

namespace NetworkGraph.Bolt.PackStream;

internal ref partial struct PackStreamReader
{
    private object ReadStructure(int fieldCount, byte tag)
    {
        Enter();
        CheckFieldCount(fieldCount, tag);
        object value = tag switch
        {
            StructTag.Node => ReadNode(fieldCount),
            StructTag.Relationship => ReadRelationship(fieldCount),
            StructTag.UnboundRelationship => ReadUnboundRelationship(fieldCount),
            StructTag.Path => ReadPath(),
            StructTag.Date => new BoltDate(ReadInteger()),
            StructTag.LocalTime => new BoltLocalTime(ReadInteger()),
            StructTag.Time => new BoltTime(ReadInteger(), ReadInt32()),
            StructTag.LocalDateTime => new BoltLocalDateTime(ReadInteger(), ReadInt32()),
            StructTag.DateTime => new BoltDateTime(ReadInteger(), ReadInt32(), ReadInt32()),
            StructTag.DateTimeZoneId => new BoltZonedDateTime(ReadInteger(), ReadInt32(), ReadString()),
            StructTag.LegacyDateTime => LegacyDateTime(ReadInteger(), ReadInt32(), ReadInt32()),
            StructTag.LegacyDateTimeZoneId => LegacyZoned(ReadInteger(), ReadInt32(), ReadString()),
            StructTag.Duration => new BoltDuration(ReadInteger(), ReadInteger(), ReadInteger(), ReadInt32()),
            StructTag.Point2D => new BoltPoint(ReadInt32(), ReadFloat(), ReadFloat()),
            _ => new BoltPoint(ReadInt32(), ReadFloat(), ReadFloat(), ReadFloat()),
        };
        _depth--;
        return value;
    }

    private static void CheckFieldCount(int count, byte tag)
    {
        var ok = tag switch
        {
            StructTag.Node or StructTag.UnboundRelationship => count is 3 or 4,
            StructTag.Relationship => count is 5 or 8,
            StructTag.Date or StructTag.LocalTime => count == 1,
            StructTag.Time or StructTag.LocalDateTime => count == 2,
            StructTag.Path or StructTag.DateTime or StructTag.DateTimeZoneId or StructTag.LegacyDateTime
                or StructTag.LegacyDateTimeZoneId or StructTag.Point2D => count == 3,
            StructTag.Duration or StructTag.Point3D => count == 4,
            _ => throw new BoltProtocolException($"Unknown structure tag 0x{tag:X2} with {count} fields."),
        };
        if (!ok)
        {
            throw new BoltProtocolException($"Structure 0x{tag:X2} cannot have {count} fields.");
        }
    }

    private int ReadInt32()
    {
        var value = ReadInteger();
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new BoltProtocolException($"Integer {value} does not fit 32 bits before byte {Position}.");
    }

    private string? ReadOptionalString() => ReadValue() switch
    {
        null => null,
        string s => s,
        _ => throw Unexpected("a string or null"),
    };

    // Nodes, relationships: 4.4 sends the short form, 5.x appends element ids.
    private BoltNode ReadNode(int fieldCount)
    {
        var id = ReadInteger();
        var labels = ItemsOf<string>(ReadList(), "a string label");
        var properties = ReadMap();
        return new BoltNode(id, labels, properties, fieldCount == 4 ? ReadOptionalString() : null);
    }

    private BoltRelationship ReadRelationship(int fieldCount)
    {
        var (id, start, end) = (ReadInteger(), ReadInteger(), ReadInteger());
        var type = ReadString();
        var properties = ReadMap();
        return fieldCount == 8
            ? new BoltRelationship(id, start, end, type, properties, ReadOptionalString(), ReadOptionalString(), ReadOptionalString())
            : new BoltRelationship(id, start, end, type, properties, null, null, null);
    }

    private BoltUnboundRelationship ReadUnboundRelationship(int fieldCount)
    {
        var id = ReadInteger();
        var type = ReadString();
        var properties = ReadMap();
        return new BoltUnboundRelationship(id, type, properties, fieldCount == 4 ? ReadOptionalString() : null);
    }

    private BoltPath ReadPath()
    {
        var nodes = ItemsOf<BoltNode>(ReadList(), "a node in a path");
        var rels = ItemsOf<BoltUnboundRelationship>(ReadList(), "an unbound relationship in a path");
        var indices = ItemsOf<long>(ReadList(), "an integer path index");
        return new BoltPath(nodes, rels, indices);
    }

    private static T[] ItemsOf<T>(List<object?> items, string what)
    {
        var result = new T[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = items[i] is T item ? item : throw new BoltProtocolException($"Expected {what}.");
        }

        return result;
    }

    // Legacy 4.4 date-times carry wall-clock seconds; convert to the UTC instant.
    private static BoltDateTime LegacyDateTime(long localSeconds, int nanos, int offsetSeconds) =>
        new(localSeconds - offsetSeconds, nanos, offsetSeconds);

    private static BoltZonedDateTime LegacyZoned(long localSeconds, int nanos, string zoneId)
    {
        var zone = TemporalText.Zone(zoneId);
        var local = DateTime.UnixEpoch.AddSeconds(localSeconds);
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        return new BoltZonedDateTime(localSeconds - (long)offset.TotalSeconds, nanos, zoneId);
    }
}
