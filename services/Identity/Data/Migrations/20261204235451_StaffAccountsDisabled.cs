using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffAccountsDisabled : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisabledAt",
                table: "user_accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DisabledBy",
                table: "user_accounts",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_user_accounts_staff",
                table: "user_accounts",
                columns: new[] { "DivisionCode", "Name" },
                filter: "\"Role\" IN ('reviewer', 'admin')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_user_accounts_staff",
                table: "user_accounts");

            migrationBuilder.DropColumn(
                name: "DisabledAt",
                table: "user_accounts");

            migrationBuilder.DropColumn(
                name: "DisabledBy",
                table: "user_accounts");
        }
    }
}
