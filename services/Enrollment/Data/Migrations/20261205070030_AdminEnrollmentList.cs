using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class AdminEnrollmentList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_enrollments_ExamCode_ProvinceCode_CreatedAt_Id",
                table: "enrollments",
                columns: new[] { "ExamCode", "ProvinceCode", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_candidates_CertificateNumber",
                table: "candidates",
                column: "CertificateNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_enrollments_ExamCode_ProvinceCode_CreatedAt_Id",
                table: "enrollments");

            migrationBuilder.DropIndex(
                name: "IX_candidates_CertificateNumber",
                table: "candidates");
        }
    }
}
