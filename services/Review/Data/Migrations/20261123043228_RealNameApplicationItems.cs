using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AccountingPlatform.Review.Data.Migrations
{
    /// <inheritdoc />
    public partial class RealNameApplicationItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "AttachmentUrls",
                table: "review_items",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");   // items queued before this migration have no attachments

            migrationBuilder.AddColumn<string>(
                name: "CertificateNumber",
                table: "review_items",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateType",
                table: "review_items",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AttachmentUrls",
                table: "review_items");

            migrationBuilder.DropColumn(
                name: "CertificateNumber",
                table: "review_items");

            migrationBuilder.DropColumn(
                name: "CertificateType",
                table: "review_items");
        }
    }
}
