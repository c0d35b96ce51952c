using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.PersonnelRecord.Data.Migrations
{
    /// <inheritdoc />
    public partial class WizardFilesEducationWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CertificateBackId",
                table: "personnel_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CertificateFrontId",
                table: "personnel_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StandardPhotoId",
                table: "personnel_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "educations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrainingMode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    School = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Degree = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Major = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    GraduationDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DiplomaNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DegreeNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Overseas = table.Column<bool>(type: "boolean", nullable: false),
                    OverseasCertificationFileId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_educations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "record_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "work_experiences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Employer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EmployerType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Industry = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HasAccountingWork = table.Column<bool>(type: "boolean", nullable: false),
                    ProofFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    AccountingWorks = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_experiences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_educations_UserId",
                table: "educations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_record_files_UserId",
                table: "record_files",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_work_experiences_UserId",
                table: "work_experiences",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "educations");

            migrationBuilder.DropTable(
                name: "record_files");

            migrationBuilder.DropTable(
                name: "work_experiences");

            migrationBuilder.DropColumn(
                name: "CertificateBackId",
                table: "personnel_records");

            migrationBuilder.DropColumn(
                name: "CertificateFrontId",
                table: "personnel_records");

            migrationBuilder.DropColumn(
                name: "StandardPhotoId",
                table: "personnel_records");
        }
    }
}
