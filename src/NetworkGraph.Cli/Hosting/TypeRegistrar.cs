using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Hosting;

/// <summary>Lets Spectre.Console.Cli build commands from the host's service provider.</summary>
internal sealed class TypeRegistrar(IServiceProvider services) : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<object>> _extra = [];

    public void Register(Type service, Type implementation) =>
        _extra[service] = () => ActivatorUtilities.CreateInstance(services, implementation);

    public void RegisterInstance(Type service, object implementation) => _extra[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory) => _extra[service] = factory;

    public ITypeResolver Build() => new Resolver(services, _extra);

    private sealed class Resolver(IServiceProvider services, Dictionary<Type, Func<object>> extra) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }

            if (extra.TryGetValue(type, out var factory))
            {
                return factory();
            }

            return services.GetService(type) ?? ActivatorUtilities.CreateInstance(services, type);
        }
    }
}
