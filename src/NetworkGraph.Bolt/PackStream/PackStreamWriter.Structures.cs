using NetworkGraph.Bolt.Values;

namespace NetworkGraph.Bolt.PackStream;

internal sealed partial class PackStreamWriter
{
    public void WriteDate(BoltDate value)
    {
        WriteStructHeader(1, StructTag.Date);
        WriteInteger(value.EpochDays);
    }

    public void WriteLocalTime(BoltLocalTime value)
    {
        WriteStructHeader(1, StructTag.LocalTime);
        WriteInteger(value.NanosOfDay);
    }

    public void WriteTime(BoltTime value)
    {
        WriteStructHeader(2, StructTag.Time);
        WriteInteger(value.NanosOfDay);
        WriteInteger(value.OffsetSeconds);
    }

    public void WriteLocalDateTime(BoltLocalDateTime value)
    {
        WriteStructHeader(2, StructTag.LocalDateTime);
        WriteInteger(value.EpochSeconds);
        WriteInteger(value.Nanos);
    }

    public void WriteDateTime(BoltDateTime value)
    {
        // 5.x (and 4.4 with the utc patch) send UTC seconds; legacy 4.4 sends the wall-clock seconds.
        WriteStructHeader(3, LegacyDateTimes ? StructTag.LegacyDateTime : StructTag.DateTime);
        WriteInteger(LegacyDateTimes ? value.EpochSeconds + value.OffsetSeconds : value.EpochSeconds);
        WriteInteger(value.Nanos);
        WriteInteger(value.OffsetSeconds);
    }

    public void WriteZonedDateTime(BoltZonedDateTime value)
    {
        WriteStructHeader(3, LegacyDateTimes ? StructTag.LegacyDateTimeZoneId : StructTag.DateTimeZoneId);
        WriteInteger(LegacyDateTimes ? value.EpochSeconds + value.OffsetSeconds() : value.EpochSeconds);
        WriteInteger(value.Nanos);
        WriteString(value.ZoneId);
    }

    public void WriteDuration(BoltDuration value)
    {
        WriteStructHeader(4, StructTag.Duration);
        WriteInteger(value.Months);
        WriteInteger(value.Days);
        WriteInteger(value.Seconds);
        WriteInteger(value.Nanos);
    }

    public void WritePoint(BoltPoint value)
    {
        WriteStructHeader(value.Z is null ? 3 : 4, value.Z is null ? StructTag.Point2D : StructTag.Point3D);
        WriteInteger(value.Srid);
        WriteFloat(value.X);
        WriteFloat(value.Y);
        if (value.Z is { } z)
        {
            WriteFloat(z);
        }
    }

    // Graph values only travel server -> client; the writer knows them so test servers can send them.
    public void WriteNode(BoltNode value)
    {
        WriteStructHeader(value.ElementId is null ? 3 : 4, StructTag.Node);
        WriteInteger(value.Id);
        WriteValue(value.Labels);
        WriteMap(value.Properties);
        if (value.ElementId is not null)
        {
            WriteString(value.ElementId);
        }
    }

    public void WriteRelationship(BoltRelationship value)
    {
        var withIds = value.ElementId is not null;
        WriteStructHeader(withIds ? 8 : 5, StructTag.Relationship);
        WriteInteger(value.Id);
        WriteInteger(value.StartId);
        WriteInteger(value.EndId);
        WriteString(value.Type);
        WriteMap(value.Properties);
        if (!withIds)
        {
            return;
        }

        WriteString(value.ElementId!);
        WriteValue(value.StartElementId);
        WriteValue(value.EndElementId);
    }

    public void WriteUnboundRelationship(BoltUnboundRelationship value)
    {
        WriteStructHeader(value.ElementId is null ? 3 : 4, StructTag.UnboundRelationship);
        WriteInteger(value.Id);
        WriteString(value.Type);
        WriteMap(value.Properties);
        if (value.ElementId is not null)
        {
            WriteString(value.ElementId);
        }
    }

    public void WritePath(BoltPath value)
    {
        WriteStructHeader(3, StructTag.Path);
        WriteListHeader(value.Nodes.Count);
        foreach (var node in value.Nodes)
        {
            WriteNode(node);
        }

        WriteListHeader(value.Relationships.Count);
        foreach (var rel in value.Relationships)
        {
            WriteUnboundRelationship(rel);
        }

        WriteListHeader(value.Indices.Count);
        foreach (var index in value.Indices)
        {
            WriteInteger(index);
        }
    }
}
