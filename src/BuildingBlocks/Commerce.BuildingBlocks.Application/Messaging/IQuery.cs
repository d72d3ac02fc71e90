using MediatR;

namespace Commerce.BuildingBlocks.Application.Messaging;

/// <summary>A request that reads and never changes state.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
