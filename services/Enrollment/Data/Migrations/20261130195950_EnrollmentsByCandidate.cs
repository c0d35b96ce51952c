using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class EnrollmentsByCandidate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_enrollments_UserId_CreatedAt",
                table: "enrollments",
                columns: new[] { "UserId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_enrollments_UserId_CreatedAt",
                table: "enrollments");
        }
    }
}
