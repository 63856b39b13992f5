/** EF Core migrations (`Migrations/*.cs`): MigrationBuilder operations, `Sql(...)`, `Up` vs `Down`. */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

const PATH = 'src/Shop.Data/Migrations/20240305101500_RemoveLegacyColumns.cs'

describe('EF Core migrations', () => {
  it('finds MigrationBuilder operations in Up, and Down at the down severity', async () => {
    const file = `using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Data.Migrations
{
    /// <inheritdoc />
    public partial class RemoveLegacyColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Orders_Coupons_CouponId",
                table: "Orders");

            migrationBuilder.DropTable(
                name: "Coupons");

            migrationBuilder.DropColumn(
                name: "CouponId",
                table: "Orders");

            migrationBuilder.RenameColumn(
                name: "Phone",
                table: "Customers",
                newName: "PhoneNumber");

            migrationBuilder.AlterColumn<decimal>(
                name: "Total",
                table: "Orders",
                type: "decimal(18,2)",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "Notes",
                table: "Orders",
                type: "nvarchar(max)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldNullable: false);

            migrationBuilder.Sql(@"DELETE FROM [AuditLog];
UPDATE [Customers] SET [Tier] = 'basic';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PhoneVerified",
                table: "Customers");

            migrationBuilder.CreateTable(
                name: "Coupons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                });
        }
    }
}
`
    expect(summary(await scanFiles({ [PATH]: file }))).toEqual([
      'block destructive-sql/drop-table :18 Coupons',
      'block destructive-sql/drop-column :21 Orders.CouponId',
      'block destructive-sql/delete-without-where :47 AuditLog',
      'block destructive-sql/update-without-where :48 Customers',
      'warn destructive-sql/drop-constraint :14 Orders',
      'warn destructive-sql/rename-column :25 Customers.Phone',
      'warn destructive-sql/alter-column-type :30 Orders.Total',
      'warn destructive-sql/drop-not-null :38 Orders.Notes',
      'warn destructive-sql/drop-column :54 Customers.PhoneVerified'
    ])
  })

  it('skips designer and model snapshot files, and comments', async () => {
    const snapshot = `namespace Shop.Data.Migrations
{
    partial class ShopContextModelSnapshot : ModelSnapshot
    {
        protected override void BuildModel(ModelBuilder modelBuilder)
        {
            // migrationBuilder.DropTable(name: "Everything");
        }
    }
}
`
    expect(await scanFiles({ 'src/Shop.Data/Migrations/ShopContextModelSnapshot.cs': snapshot })).toEqual([])
    expect(await scanFiles({ 'src/Shop.Data/Migrations/20240305101500_RemoveLegacyColumns.Designer.cs': snapshot.replace('// ', '') })).toEqual([])
    expect(await scanFiles({ [PATH]: snapshot })).toEqual([])
  })
})
