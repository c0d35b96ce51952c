using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Review.Data.Migrations
{
    /// <inheritdoc />
    public partial class QueueFiltersAndDecisionAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_review_items_Status_DivisionCode",
                table: "review_items");

            migrationBuilder.AddColumn<string>(
                name: "ClaimedByName",
                table: "review_items",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CandidateName",
                table: "review_decisions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DivisionCode",
                table: "review_decisions",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "review_decisions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReviewerName",
                table: "review_decisions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            // Decisions made before: the item's kind, candidate and division are copied from the item decided.
            migrationBuilder.Sql("""
                UPDATE review_decisions d
                SET "Kind" = i."Kind", "CandidateName" = i."CandidateName", "DivisionCode" = i."DivisionCode"
                FROM review_items i
                WHERE i."Id" = d."ReviewItemId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_review_items_ClaimedBy",
                table: "review_items",
                column: "ClaimedBy",
                filter: "\"ClaimedBy\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_review_items_DivisionCode_Kind_Status_SubmittedAt",
                table: "review_items",
                columns: new[] { "DivisionCode", "Kind", "Status", "SubmittedAt" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_review_items_Kind_Status_SubmittedAt_Id",
                table: "review_items",
                columns: new[] { "Kind", "Status", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_review_items_Kind_SubmittedAt_Id",
                table: "review_items",
                columns: new[] { "Kind", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_review_decisions_DecidedAt_Id",
                table: "review_decisions",
                columns: new[] { "DecidedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_review_decisions_DivisionCode_DecidedAt",
                table: "review_decisions",
                columns: new[] { "DivisionCode", "DecidedAt" })
                .Annotation("Npgsql:IndexOperators", new[] { "varchar_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_review_items_ClaimedBy",
                table: "review_items");

            migrationBuilder.DropIndex(
                name: "IX_review_items_DivisionCode_Kind_Status_SubmittedAt",
                table: "review_items");

            migrationBuilder.DropIndex(
                name: "IX_review_items_Kind_Status_SubmittedAt_Id",
                table: "review_items");

            migrationBuilder.DropIndex(
                name: "IX_review_items_Kind_SubmittedAt_Id",
                table: "review_items");

            migrationBuilder.DropIndex(
                name: "IX_review_decisions_DecidedAt_Id",
                table: "review_decisions");

            migrationBuilder.DropIndex(
                name: "IX_review_decisions_DivisionCode_DecidedAt",
                table: "review_decisions");

            migrationBuilder.DropColumn(
                name: "ClaimedByName",
                table: "review_items");

            migrationBuilder.DropColumn(
                name: "CandidateName",
                table: "review_decisions");

            migrationBuilder.DropColumn(
                name: "DivisionCode",
                table: "review_decisions");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "review_decisions");

            migrationBuilder.DropColumn(
                name: "ReviewerName",
                table: "review_decisions");

            migrationBuilder.CreateIndex(
                name: "IX_review_items_Status_DivisionCode",
                table: "review_items",
                columns: new[] { "Status", "DivisionCode" });
        }
    }
}
