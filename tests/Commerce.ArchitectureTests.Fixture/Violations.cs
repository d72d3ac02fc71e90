// Deliberately wrong code. Each type below breaks one rule of the dependency rule, so the architecture tests can
// prove every rule fails when it should. The root namespace is "Shop", not "Commerce": the real solution never
// sees these types.
using MediatR;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Shop.Sales.Domain
{
    /// <summary>Domain reaching for a database driver and for its own Application layer.</summary>
    public sealed class Order
    {
        public NpgsqlConnection? Connection { get; set; }

        public Application.PlaceOrder? Command { get; set; }
    }

    /// <summary>A clean domain type: no rule may name it.</summary>
    public sealed record OrderLine(Guid ProductId, int Quantity);
}

namespace Shop.Sales.Application
{
    /// <summary>Application reaching for ASP.NET and Npgsql, and for another context's Domain.</summary>
    public sealed record PlaceOrder(HttpContext Http, NpgsqlCommand Command, Billing.Domain.Invoice Invoice);

    /// <summary>Using another context's published contract is allowed.</summary>
    public sealed record BillOrder(Billing.Contracts.InvoiceIssued Issued);

    /// <summary>Shared handler steps hidden in an extension method on a port.</summary>
    public static class OrderSteps
    {
        public static Task PlaceAndSaveAsync(this Ports.IOrders orders, PlaceOrder order) => orders.SaveAsync(order);
    }

    /// <summary>Extensions on what is not a port (here, a command) are allowed.</summary>
    public static class PlaceOrderExtensions
    {
        public static bool HasInvoice(this PlaceOrder order) => order.Invoice is not null;
    }
}

namespace Shop.Sales.Application.Ports
{
    public interface IOrders
    {
        Task SaveAsync(PlaceOrder order);
    }
}

namespace Shop.Sales.Infrastructure
{
    /// <summary>Infrastructure reaching up into the Api layer.</summary>
    public sealed class OrderStore
    {
        public Api.OrdersEndpoint? Endpoint { get; set; }
    }

    /// <summary>A context's Infrastructure configuring the SQS transport itself, instead of the shared messaging setup.</summary>
    public sealed class QueueSetup
    {
        public Wolverine.AmazonSqs.AmazonSqsListenerConfiguration? Listener { get; set; }
    }
}

namespace Shop.Sales.Api
{
    /// <summary>Api reaching into Infrastructure and Domain instead of sending a request.</summary>
    public sealed class OrdersEndpoint
    {
        public Infrastructure.OrderStore? Store { get; set; }

        public Domain.OrderLine? Line { get; set; }
    }
}

namespace Shop.Billing.Domain
{
    public sealed record Invoice(Guid Id);
}

namespace Shop.Billing.Contracts
{
    /// <summary>A published contract that drags a messaging library to every consumer.</summary>
    public sealed record InvoiceIssued(Guid InvoiceId) : INotification;
}

namespace Shop.BuildingBlocks.Domain
{
    /// <summary>The shared kernel knowing a context.</summary>
    public abstract class Entity
    {
        public Sales.Domain.OrderLine? Line { get; set; }
    }
}
