namespace Commerce.Workbench.Faults;

/// <param name="Faults">Faults injected (a kill, a pause, an outage, a poisoned message, a bad request).</param>
/// <param name="Driven">Requests or orders driven through the API.</param>
/// <param name="Lost">Accepted orders or messages that never arrived: must be 0.</param>
internal sealed record FaultResult(string Scenario, bool Passed, int Driven, int Faults, int Lost, string Detail);
