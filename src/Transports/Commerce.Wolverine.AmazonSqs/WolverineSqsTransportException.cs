namespace Wolverine.AmazonSqs;

public sealed class WolverineSqsTransportException : Exception
{
    public WolverineSqsTransportException()
    {
    }

    public WolverineSqsTransportException(string message)
        : base(message)
    {
    }

    public WolverineSqsTransportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
