using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Users.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddressBook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "addresses",
                schema: "users",
                table: "AspNetUsers",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "addresses",
                schema: "users",
                table: "AspNetUsers");
        }
    }
}
