using Commerce.BuildingBlocks.Application;
using Commerce.Users.Application.Accounts;
using Commerce.Users.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Users.Application;

public static class UsersApplication
{
    public static IServiceCollection AddUsersApplication(this IServiceCollection services)
    {
        services.AddScoped<IAccountDirectory, AccountDirectory.AccountDirectory>();
        services.AddScoped<CodeTries>();
        services.AddUseCasesFrom(typeof(UsersApplication).Assembly);
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(AccountChangeBehavior<,>)));
        return services;
    }
}
