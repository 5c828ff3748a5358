namespace OneStop.Api.Infrastructure.Events;

/// <summary>
/// The wire names of application events. A name, never a CLR type name, travels between instances, and only the
/// types registered here are ever deserialized from the wire (no type-name gadgets, TECH.md §9). Register a feature's
/// events with <see cref="EventsSetup.AddEventType{T}"/>; the names are a contract between deployed versions.
/// </summary>
public sealed class EventTypeRegistry
{
    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byType = [];

    public void Add(string name, Type type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_byName.TryGetValue(name, out var existing) && existing != type)
            throw new InvalidOperationException($"Event name '{name}' is already registered for {existing.Name}.");
        _byName[name] = type;
        _byType[type] = name;
    }

    public string? NameOf(Type type) => _byType.GetValueOrDefault(type);

    public Type? TypeOf(string name) => _byName.GetValueOrDefault(name);
}
