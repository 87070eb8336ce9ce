namespace MuhanRubric.Annotations;

/// <summary>
/// Marks a public type whose instances change after they are made: builders, and anything else whose members change its
/// visible state. Not safe to share between threads without synchronization.
/// </summary>
/// <remarks>The counterpart of <see cref="ImmutableAttribute"/>; every public class and struct carries one of the two.</remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class MutableAttribute : Attribute;
