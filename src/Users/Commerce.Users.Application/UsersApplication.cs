using Commerce.BuildingBlocks.Application;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Users.Application;

public static class UsersApplication
{
    public static IServiceCollection AddUsersApplication(this IServiceCollection services) =>
        services.AddUseCasesFrom(typeof(UsersApplication).Assembly);
}
