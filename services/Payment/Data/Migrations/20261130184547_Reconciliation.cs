using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Payment.Data.Migrations
{
    /// <inheritdoc />
    public partial class Reconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Checks",
                table: "payment_orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextCheckAt",
                table: "payment_orders",
                type: "timestamp with time zone",
                nullable: true);

            // Orders already pending are checked at once: a notify for them may have been lost already.
            migrationBuilder.Sql("UPDATE payment_orders SET \"NextCheckAt\" = \"CreatedAt\" WHERE \"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_payment_orders_check_due",
                table: "payment_orders",
                column: "NextCheckAt",
                filter: "\"Status\" = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_payment_orders_check_due",
                table: "payment_orders");

            migrationBuilder.DropColumn(
                name: "Checks",
                table: "payment_orders");

            migrationBuilder.DropColumn(
                name: "NextCheckAt",
                table: "payment_orders");
        }
    }
}
