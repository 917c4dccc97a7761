using System.Collections;
using NetworkGraph.Bolt.Values;

namespace NetworkGraph.Bolt.PackStream;

internal sealed partial class PackStreamWriter
{
    /// Writes a CLR value: integers -> Integer, float/double -> Float, DateOnly/TimeOnly/DateTime/DateTimeOffset/TimeSpan
    /// -> temporal structures (an unspecified-kind DateTime is a LocalDateTime), IDictionary -> Map, IEnumerable -> List.
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: WriteBoolean(b); break;
            case long l: WriteInteger(l); break;
            case int i: WriteInteger(i); break;
            case short s: WriteInteger(s); break;
            case sbyte sb: WriteInteger(sb); break;
            case byte by: WriteInteger(by); break;
            case ushort us: WriteInteger(us); break;
            case uint ui: WriteInteger(ui); break;
            case ulong ul when ul <= long.MaxValue: WriteInteger((long)ul); break;
            case double d: WriteFloat(d); break;
            case float f: WriteFloat(f); break;
            case string str: WriteString(str); break;
            case char c: WriteString(c.ToString()); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case ReadOnlyMemory<byte> memory: WriteBytes(memory.Span); break;
            case Enum e: WriteString(e.ToString()); break;
            case DateOnly date: WriteDate(BoltDate.FromDateOnly(date)); break;
            case TimeOnly time: WriteLocalTime(BoltLocalTime.FromTimeOnly(time)); break;
            case DateTime dt when dt.Kind == DateTimeKind.Unspecified:
                WriteLocalDateTime(BoltLocalDateTime.FromDateTime(dt));
                break;
            case DateTime dt: WriteDateTime(BoltDateTime.FromDateTimeOffset(new DateTimeOffset(dt))); break;
            case DateTimeOffset dto: WriteDateTime(BoltDateTime.FromDateTimeOffset(dto)); break;
            case TimeSpan span: WriteDuration(BoltDuration.FromTimeSpan(span)); break;
            case BoltDate v: WriteDate(v); break;
            case BoltLocalTime v: WriteLocalTime(v); break;
            case BoltTime v: WriteTime(v); break;
            case BoltLocalDateTime v: WriteLocalDateTime(v); break;
            case BoltDateTime v: WriteDateTime(v); break;
            case BoltZonedDateTime v: WriteZonedDateTime(v); break;
            case BoltDuration v: WriteDuration(v); break;
            case BoltPoint v: WritePoint(v); break;
            case BoltNode v: WriteNode(v); break;
            case BoltRelationship v: WriteRelationship(v); break;
            case BoltUnboundRelationship v: WriteUnboundRelationship(v); break;
            case BoltPath v: WritePath(v); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(map); break;
            case IDictionary dictionary: WriteDictionary(dictionary); break;
            case IEnumerable<KeyValuePair<string, object?>> pairs: WriteMap(pairs.ToList()); break;
            case IEnumerable items: WriteList(items); break;
            default:
                throw new BoltProtocolException(
                    $"A value of type {value.GetType().FullName} cannot be sent over Bolt; use null, bool, integers, " +
                    "double, string, byte[], lists, string-keyed dictionaries or the temporal and spatial types.");
        }
    }

    public void WriteMap(IReadOnlyCollection<KeyValuePair<string, object?>> map)
    {
        WriteMapHeader(map.Count);
        foreach (var (key, item) in map)
        {
            WriteString(key);
            WriteValue(item);
        }
    }

    private void WriteDictionary(IDictionary dictionary)
    {
        WriteMapHeader(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
            {
                throw new BoltProtocolException($"Map keys must be strings, not {entry.Key.GetType().FullName}.");
            }

            WriteString(key);
            WriteValue(entry.Value);
        }
    }

    private void WriteList(IEnumerable items)
    {
        if (items is ICollection collection)
        {
            WriteListHeader(collection.Count);
            foreach (var item in collection)
            {
                WriteValue(item);
            }

            return;
        }

        // Lazy sequences (e.g. UNWIND rows built with Select) are counted by buffering them once.
        var buffered = new List<object?>();
        foreach (var item in items)
        {
            buffered.Add(item);
        }

        WriteListHeader(buffered.Count);
        foreach (var item in buffered)
        {
            WriteValue(item);
        }
    }
}
