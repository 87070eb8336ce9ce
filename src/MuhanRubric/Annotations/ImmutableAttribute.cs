namespace MuhanRubric.Annotations;

/// <summary>
/// Marks a public type whose instances cannot be changed once made: every property has no setter (or an init-only one),
/// every field is read-only, and every collection it hands out is an immutable, frozen or read-only collection, which a
/// cast to <see cref="IList{T}"/>, <see cref="ICollection{T}"/> or <see cref="IDictionary{TKey, TValue}"/> cannot write
/// to (never an array or a <see cref="List{T}"/> behind a read-only interface). Instances can be shared between threads
/// and callers.
/// </summary>
/// <remarks>
/// After NodaTime's <c>NodaTime.Annotations.ImmutableAttribute</c>. Every public class and struct of the shipped
/// assemblies carries this or <see cref="MutableAttribute"/>; <c>MutabilityTests</c> checks the declaration, the members,
/// and the collections that the built-in data's instances hand out. The attribute describes what the type itself declares:
/// an exception is immutable when its own members are, whatever <see cref="Exception.Data"/> allows. A private cache filled
/// once on first use (the same value every time) does not make a type mutable. The source is linked into every shipped
/// assembly, each with its own internal copy.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class ImmutableAttribute : Attribute;
