using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.PersonnelRecord.Data.Migrations
{
    /// <inheritdoc />
    public partial class DepartmentReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DepartmentReason",
                table: "personnel_records",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DepartmentReason",
                table: "personnel_records");
        }
    }
}
