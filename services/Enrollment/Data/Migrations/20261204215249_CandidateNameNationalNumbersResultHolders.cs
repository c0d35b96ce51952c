using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class CandidateNameNationalNumbersResultHolders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_enrollments_ExamCode_ProvinceCode_EnrollmentNumber",
                table: "enrollments");

            // Enrollment numbers become unique nationally: the counters move from one per exam and province to one per
            // year and province, rebuilt below from the numbers given so far.
            migrationBuilder.Sql("DELETE FROM enrollment_number_counters;");

            migrationBuilder.DropPrimaryKey(
                name: "PK_enrollment_number_counters",
                table: "enrollment_number_counters");

            migrationBuilder.DropColumn(
                name: "exam_code",
                table: "enrollment_number_counters");

            migrationBuilder.AddColumn<string>(
                name: "HolderForm",
                table: "exam_results",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "year",
                table: "enrollment_number_counters",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "candidates",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_enrollment_number_counters",
                table: "enrollment_number_counters",
                columns: new[] { "year", "province_code" });

            migrationBuilder.Sql("""
                INSERT INTO enrollment_number_counters (year, province_code, last_number)
                SELECT CAST(left("EnrollmentNumber", 4) AS integer), "ProvinceCode", MAX(CAST(substring("EnrollmentNumber" FROM 7) AS bigint))
                FROM enrollments WHERE "EnrollmentNumber" IS NOT NULL GROUP BY 1, 2;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_enrollments_EnrollmentNumber",
                table: "enrollments",
                column: "EnrollmentNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_enrollments_EnrollmentNumber",
                table: "enrollments");

            migrationBuilder.Sql("DELETE FROM enrollment_number_counters;");

            migrationBuilder.DropPrimaryKey(
                name: "PK_enrollment_number_counters",
                table: "enrollment_number_counters");

            migrationBuilder.DropColumn(
                name: "HolderForm",
                table: "exam_results");

            migrationBuilder.DropColumn(
                name: "year",
                table: "enrollment_number_counters");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "candidates");

            migrationBuilder.AddColumn<string>(
                name: "exam_code",
                table: "enrollment_number_counters",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_enrollment_number_counters",
                table: "enrollment_number_counters",
                columns: new[] { "exam_code", "province_code" });

            migrationBuilder.Sql("""
                INSERT INTO enrollment_number_counters (exam_code, province_code, last_number)
                SELECT "ExamCode", "ProvinceCode", MAX(CAST(substring("EnrollmentNumber" FROM 7) AS bigint))
                FROM enrollments WHERE "EnrollmentNumber" IS NOT NULL GROUP BY 1, 2;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_enrollments_ExamCode_ProvinceCode_EnrollmentNumber",
                table: "enrollments",
                columns: new[] { "ExamCode", "ProvinceCode", "EnrollmentNumber" },
                unique: true,
                filter: "\"EnrollmentNumber\" IS NOT NULL");
        }
    }
}
