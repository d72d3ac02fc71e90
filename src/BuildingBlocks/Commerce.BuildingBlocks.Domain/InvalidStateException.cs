namespace Commerce.BuildingBlocks.Domain;

/// <summary>
/// The operation is not allowed in the aggregate's current state (an order already shipped cannot be cancelled).
/// Clients get a conflict that tells them the state, so they can read it again and decide.
/// </summary>
public sealed class InvalidStateException(string code, string message, string currentState) : DomainException(code, message)
{
    public string CurrentState { get; } = currentState;
}
