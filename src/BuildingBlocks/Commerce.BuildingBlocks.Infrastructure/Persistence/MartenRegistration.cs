using Commerce.BuildingBlocks.Application;
using System.Text.Json.Serialization.Metadata;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Application.Idempotency;
using Commerce.BuildingBlocks.Infrastructure.Idempotency;
using Commerce.BuildingBlocks.Application.Messaging;
using JasperFx;
using Marten;
using Wolverine.Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Weasel.Core;

namespace Commerce.BuildingBlocks.Infrastructure.Persistence;

public static class MartenRegistration
{
    public const string ConnectionStringName = "Commerce";

    /// <summary>
    /// One Marten store for the whole process. Each context adds its own documents (in its own schema) with
    /// <c>services.ConfigureMarten(...)</c> from its Infrastructure, so no context sees another's tables.
    /// </summary>
    public static IServiceCollection AddCommercePersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new SettingRefusedException($"ConnectionStrings:{ConnectionStringName} is not configured.");
        var persistence = configuration.GetSection(PersistenceOptions.Section).Get<PersistenceOptions>() ?? new PersistenceOptions();

        var marten = services.AddMarten((StoreOptions options) =>
            {
                options.Connection(connectionString);
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.Default, json =>
                    json.TypeInfoResolver = (json.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                        .WithAddedModifier(PrivateStateJson.Include));
                options.AutoCreateSchemaObjects = persistence.ApplySchemaChangesOnStartup ? AutoCreate.CreateOrUpdate : AutoCreate.None;

                options.Events.DatabaseSchemaName = "events";

                options.Schema.For<StoredResponse>().DatabaseSchemaName("idempotency").Index(r => r.ExpiresAt);
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine(wolverine => wolverine.MessageStorageSchemaName = "wolverine");
        if (persistence.ApplySchemaChangesOnStartup)
        {
            marten.ApplyAllDatabaseChangesOnStartup();
        }

        services.TryAddScoped<IUnitOfWork, MartenUnitOfWork>();
        services.TryAddScoped<IIdempotencyStore, MartenIdempotencyStore>();
        services.AddSingleton(configuration.GetSection(IdempotencyOptions.Section).Get<IdempotencyOptions>() ?? new IdempotencyOptions());
        services.AddSingleton(new UniqueValue("pkey_mt_doc_storedresponse_id", "Idempotency-Key", "idempotency_key_in_flight",
            "A request with this Idempotency-Key is being processed; retry it to get its response."));
        services.AddHostedService<ExpiredKeysCleanup>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionTranslator, PostgresExceptionTranslator>());
        return services;
    }
}
