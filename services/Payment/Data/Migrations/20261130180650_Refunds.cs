using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Payment.Data.Migrations
{
    /// <inheritdoc />
    public partial class Refunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextRefundAttemptAt",
                table: "payment_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RefundAttempts",
                table: "payment_orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RefundNo",
                table: "payment_orders",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefundReason",
                table: "payment_orders",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RefundRequestedAt",
                table: "payment_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RefundedAt",
                table: "payment_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "payable_enrollments",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Payable");

            migrationBuilder.CreateIndex(
                name: "ix_payment_orders_refund_due",
                table: "payment_orders",
                column: "NextRefundAttemptAt",
                filter: "\"Status\" = 'RefundRequired'");

            // Orders kept for refund before refunds existed were second payments of a paid enrollment: refund them now.
            migrationBuilder.Sql("""
                UPDATE payment_orders
                SET "RefundReason" = 'Duplicate', "RefundNo" = "OutTradeNo" || 'RF', "RefundRequestedAt" = now(), "NextRefundAttemptAt" = now()
                WHERE "Status" = 'RefundRequired'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_payment_orders_refund_due",
                table: "payment_orders");

            migrationBuilder.DropColumn(
                name: "NextRefundAttemptAt",
                table: "payment_orders");

            migrationBuilder.DropColumn(
                name: "RefundAttempts",
                table: "payment_orders");

            migrationBuilder.DropColumn(
                name: "RefundNo",
                table: "payment_orders");

            migrationBuilder.DropColumn(
                name: "RefundReason",
                table: "payment_orders");

            migrationBuilder.DropColumn(
                name: "RefundRequestedAt",
                table: "payment_orders");

            migrationBuilder.DropColumn(
                name: "RefundedAt",
                table: "payment_orders");

            migrationBuilder.DropColumn(
                name: "State",
                table: "payable_enrollments");
        }
    }
}
