using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Review.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_review_items_Kind_Status_DivisionCode",
                table: "review_items",
                columns: new[] { "Kind", "Status", "DivisionCode" })
                .Annotation("Npgsql:IndexOperators", new[] { "", "", "varchar_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_review_items_SubmittedAt_Id",
                table: "review_items",
                columns: new[] { "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_review_items_Kind_Status_DivisionCode",
                table: "review_items");

            migrationBuilder.DropIndex(
                name: "IX_review_items_SubmittedAt_Id",
                table: "review_items");
        }
    }
}
