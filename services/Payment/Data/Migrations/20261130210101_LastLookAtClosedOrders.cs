using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Payment.Data.Migrations
{
    /// <inheritdoc />
    public partial class LastLookAtClosedOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Orders closed before this change were closed at their channel (Alipay only): no last look is due for them.
            migrationBuilder.Sql("""UPDATE payment_orders SET "NextCheckAt" = NULL WHERE "Status" <> 'Pending'""");

            migrationBuilder.DropIndex(
                name: "ix_payment_orders_check_due",
                table: "payment_orders");

            migrationBuilder.CreateIndex(
                name: "ix_payment_orders_check_due",
                table: "payment_orders",
                column: "NextCheckAt",
                filter: "\"Status\" IN ('Pending', 'Closed') AND \"NextCheckAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_payment_orders_check_due",
                table: "payment_orders");

            migrationBuilder.CreateIndex(
                name: "ix_payment_orders_check_due",
                table: "payment_orders",
                column: "NextCheckAt",
                filter: "\"Status\" = 'Pending'");
        }
    }
}
