using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ExamsAsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_enrollments_user_exam",
                table: "enrollments");

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "exams",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "exams",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "exams",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CommitmentText",
                table: "exam_provinces",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NoticeText",
                table: "exam_provinces",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "NoticeVersion",
                table: "exam_provinces",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PaymentDeadline",
                table: "exam_provinces",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<List<string>>(
                name: "CarriedSubjectCodes",
                table: "enrollments",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "enrollments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CommitmentAcceptedAt",
                table: "enrollments",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "CommitmentClientAddress",
                table: "enrollments",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnrollmentNumber",
                table: "enrollments",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FeePerSubjectFen",
                table: "enrollments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "enrollments",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "NoticeVersion",
                table: "enrollments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "contact",
                table: "enrollments",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "form",
                table: "enrollments",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "enrollments",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<string>(
                name: "CertificateNumber",
                table: "candidates",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateType",
                table: "candidates",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisteredPhone",
                table: "candidates",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "enrollment_number_counters",
                columns: table => new
                {
                    exam_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    last_number = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrollment_number_counters", x => new { x.exam_code, x.province_code });
                });

            migrationBuilder.CreateTable(
                name: "exam_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExamCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Before = table.Column<string>(type: "jsonb", nullable: true),
                    After = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exam_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exam_results",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExamCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CertificateType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    ImportedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exam_results", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_exams_Level_Year",
                table: "exams",
                columns: new[] { "Level", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_enrollments_ExamCode_ProvinceCode_EnrollmentNumber",
                table: "enrollments",
                columns: new[] { "ExamCode", "ProvinceCode", "EnrollmentNumber" },
                unique: true,
                filter: "\"EnrollmentNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_enrollments_PayBy",
                table: "enrollments",
                column: "PayBy",
                filter: "\"Status\" = 'AwaitingPayment'");

            migrationBuilder.CreateIndex(
                name: "ux_enrollments_user_exam_active",
                table: "enrollments",
                columns: new[] { "UserId", "ExamCode" },
                unique: true,
                filter: "\"Status\" IN ('AwaitingPayment', 'Confirmed')");

            migrationBuilder.CreateIndex(
                name: "IX_exam_changes_ExamCode_ChangedAt",
                table: "exam_changes",
                columns: new[] { "ExamCode", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_exam_results_CertificateType_CertificateNumber_ExamCode_Sub~",
                table: "exam_results",
                columns: new[] { "CertificateType", "CertificateNumber", "ExamCode", "SubjectCode" },
                unique: true);

            // Exams and enrollments made before exams were data: the year from the code (e.g. 2027-ZJ), the payment
            // deadline at the window's close, the notice as version 1 (its text is set by an administrator or a seed).
            migrationBuilder.Sql("""UPDATE exams SET "Year" = CAST(substring("Code" from 1 for 4) AS integer), "Level" = 'Intermediate' WHERE "Code" ~ '^[0-9]{4}';""");
            migrationBuilder.Sql("""UPDATE exams SET "Level" = 'Intermediate' WHERE "Level" = '';""");
            migrationBuilder.Sql("""UPDATE exam_provinces SET "PaymentDeadline" = "WindowClosesAt", "NoticeVersion" = 1;""");
            migrationBuilder.Sql("""UPDATE enrollments SET "Kind" = 'New', "FeePerSubjectFen" = "AmountFen" / GREATEST(cardinality("SubjectCodes"), 1), "CommitmentAcceptedAt" = "CreatedAt" WHERE "Kind" = '';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enrollment_number_counters");

            migrationBuilder.DropTable(
                name: "exam_changes");

            migrationBuilder.DropTable(
                name: "exam_results");

            migrationBuilder.DropIndex(
                name: "IX_exams_Level_Year",
                table: "exams");

            migrationBuilder.DropIndex(
                name: "IX_enrollments_ExamCode_ProvinceCode_EnrollmentNumber",
                table: "enrollments");

            migrationBuilder.DropIndex(
                name: "IX_enrollments_PayBy",
                table: "enrollments");

            migrationBuilder.DropIndex(
                name: "ux_enrollments_user_exam_active",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "exams");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "exams");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "exams");

            migrationBuilder.DropColumn(
                name: "CommitmentText",
                table: "exam_provinces");

            migrationBuilder.DropColumn(
                name: "NoticeText",
                table: "exam_provinces");

            migrationBuilder.DropColumn(
                name: "NoticeVersion",
                table: "exam_provinces");

            migrationBuilder.DropColumn(
                name: "PaymentDeadline",
                table: "exam_provinces");

            migrationBuilder.DropColumn(
                name: "CarriedSubjectCodes",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "CommitmentAcceptedAt",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "CommitmentClientAddress",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "EnrollmentNumber",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "FeePerSubjectFen",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "NoticeVersion",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "contact",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "form",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "enrollments");

            migrationBuilder.DropColumn(
                name: "CertificateNumber",
                table: "candidates");

            migrationBuilder.DropColumn(
                name: "CertificateType",
                table: "candidates");

            migrationBuilder.DropColumn(
                name: "RegisteredPhone",
                table: "candidates");

            migrationBuilder.CreateIndex(
                name: "ux_enrollments_user_exam",
                table: "enrollments",
                columns: new[] { "UserId", "ExamCode" },
                unique: true);
        }
    }
}
