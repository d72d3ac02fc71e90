using MediatR;

namespace Commerce.BuildingBlocks.Application.Messaging;

/// <summary>A request that changes state: its handler's work is committed by the unit-of-work behavior.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;
