using System.Reflection;
using Amazon.SQS;

namespace Commerce.Messaging.Tests;

/// <summary>
/// Wraps a real SQS client and lets a test answer chosen calls itself: the faults public issue trackers report
/// (partial batch failures, null collections) are rare against a live endpoint, so they are made on purpose.
/// </summary>
public class SqsInterceptor : DispatchProxy
{
    private IAmazonSQS inner = null!;
    private Func<string, object?[], IAmazonSQS, object?> intercept = null!;

    /// <param name="intercept">Gets the method name, its arguments and the real client; returns a result, or null to pass the call on.</param>
    public static IAmazonSQS Wrap(IAmazonSQS inner, Func<string, object?[], IAmazonSQS, object?> intercept)
    {
        var proxy = Create<IAmazonSQS, SqsInterceptor>();
        var self = (SqsInterceptor)(object)proxy;
        self.inner = inner;
        self.intercept = intercept;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        intercept(targetMethod!.Name, args ?? [], inner) ?? targetMethod.Invoke(inner, args);
}
