using System.Text;
using System.Text.Json;
using static NetworkGraph.Core.Ingestion.Json.JsonValues;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>The users one unit (a line, a page, a document element) describes, by handle, case-insensitively: it
/// keys mentions that carry a handle but no id. Filled on the first lookup, so units without such mentions pay
/// nothing.</summary>
/// <param name="collect">Adds the unit's users (each reader knows where its format keeps them).</param>
internal sealed class HandleDirectory(Action<JsonElement, HandleDirectory> collect)
{
    private readonly Dictionary<string, (string Id, string Handle)> _users = new(StringComparer.OrdinalIgnoreCase);
    private JsonElement _unit;
    private bool _collected;

    /// <summary>Starts on a new unit.</summary>
    public void Reset(JsonElement unit)
    {
        _unit = unit;
        if (_collected)
        {
            _users.Clear();
            _collected = false;
        }
    }

    /// <summary>Records the user an object describes by its id and handle properties (the first seen wins).</summary>
    public void Add(JsonElement user, ReadOnlySpan<byte> idName, ReadOnlySpan<byte> handleName)
    {
        if (TryText(user, idName, out var id) && !id.IsEmpty && TryText(user, handleName, out var handle) && !handle.IsEmpty)
        {
            var name = Encoding.UTF8.GetString(handle).TrimStart('@');
            _users.TryAdd(name, (Encoding.UTF8.GetString(id), name));
        }
    }

    /// <summary>The account id and handle (as the unit spells it) of a handle, '@' or not.</summary>
    public bool TryFind(ReadOnlySpan<byte> handle, out (string Id, string Handle) user)
    {
        if (!_collected)
        {
            _collected = true;
            collect(_unit, this);
        }

        return _users.TryGetValue(Encoding.UTF8.GetString(handle).TrimStart('@'), out user);
    }
}
