using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Payment.Data.Migrations
{
    /// <inheritdoc />
    public partial class NoticeNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnrollmentNumber",
                table: "payable_enrollments",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExamName",
                table: "payable_enrollments",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnrollmentNumber",
                table: "payable_enrollments");

            migrationBuilder.DropColumn(
                name: "ExamName",
                table: "payable_enrollments");
        }
    }
}
