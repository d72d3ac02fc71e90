using System.Text;
using Npgsql;

namespace Commerce.Workbench.Faults;

/// <summary>
/// A fingerprint of everything the application stores (every table but Wolverine's own bookkeeping): equal
/// fingerprints before and after a request mean the request changed nothing.
/// </summary>
internal sealed class StateSnapshot(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<string> TakeAsync()
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables " +
            "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'wolverine') order by 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var fingerprint = new StringBuilder();
        foreach (var table in tables)
        {
            await using var hash = new NpgsqlCommand($"select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from {table} t", connection);
            fingerprint.Append(table).Append('=').Append(await hash.ExecuteScalarAsync()).Append(';');
        }

        return fingerprint.ToString();
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
