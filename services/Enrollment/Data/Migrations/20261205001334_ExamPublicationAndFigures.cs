using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ExamPublicationAndFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The exams already there are the ones candidates see (seeded or kept by administrators): published. A new one
            // starts as a draft, which the application says on every insert.
            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "exams",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "ChangedByName",
                table: "exam_changes",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_enrollments_ExamCode_ProvinceCode_Status",
                table: "enrollments",
                columns: new[] { "ExamCode", "ProvinceCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_enrollments_ExamCode_ProvinceCode_Status",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "exams");

            migrationBuilder.DropColumn(
                name: "ChangedByName",
                table: "exam_changes");
        }
    }
}
