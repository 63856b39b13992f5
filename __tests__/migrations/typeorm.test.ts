/** TypeORM migrations (`src/migration(s)/*.ts`): generated `queryRunner.query` SQL and the QueryRunner API. */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

describe('TypeORM migrations', () => {
  it('analyzes generated queryRunner.query SQL in up, and down at the down severity', async () => {
    const file = `import { MigrationInterface, QueryRunner } from "typeorm";

export class DropLegacyProfile1709634900000 implements MigrationInterface {
    name = 'DropLegacyProfile1709634900000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`ALTER TABLE "user" DROP CONSTRAINT "FK_9466682df91534dd95e4dbaa616"\`);
        await queryRunner.query(\`ALTER TABLE "user" DROP COLUMN "profileId"\`);
        await queryRunner.query(\`DROP TABLE "profile"\`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`CREATE TABLE "profile" ("id" SERIAL NOT NULL, "bio" character varying NOT NULL, CONSTRAINT "PK_3dd8bfc97e4a77c70971591bdcb" PRIMARY KEY ("id"))\`);
        await queryRunner.query(\`ALTER TABLE "user" ADD "profileId" integer\`);
        await queryRunner.query(\`DROP INDEX "IDX_user_profile"\`);
    }
}
`
    expect(summary(await scanFiles({ 'src/migration/1709634900000-DropLegacyProfile.ts': file }))).toEqual([
      'block destructive-sql/drop-column :8 profileId',
      'block destructive-sql/drop-table :9 profile',
      'warn destructive-sql/drop-constraint :7 FK_9466682df91534dd95e4dbaa616',
      'warn destructive-sql/drop-object :15 IDX_user_profile'
    ])
  })

  it('finds QueryRunner API calls', async () => {
    const file = `import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm'

export class Cleanup1709700000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entries', true)
    await queryRunner.dropColumn('orders', 'legacy_total')
    await queryRunner.dropColumn('orders', new TableColumn({ name: 'coupon', type: 'varchar' }))
    await queryRunner.clearTable('sessions')
    await queryRunner.renameColumn('users', 'login', 'username')
    await queryRunner.changeColumn('users', 'age', new TableColumn({ name: 'age', type: 'smallint' }))
    await queryRunner.dropForeignKey('orders', 'FK_orders_user')
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('orders', new TableColumn({ name: 'legacy_total', type: 'int' }))
  }
}
`
    expect(summary(await scanFiles({ 'src/migrations/1709700000000-Cleanup.ts': file }))).toEqual([
      'block destructive-sql/drop-table :5 audit_entries',
      'block destructive-sql/drop-column :6 orders.legacy_total',
      'block destructive-sql/drop-column :7 orders.coupon',
      'block destructive-sql/truncate :8 sessions',
      'warn destructive-sql/rename-column :9 users.login',
      'warn destructive-sql/alter-column-type :10 users.age',
      'warn destructive-sql/drop-constraint :11 orders'
    ])
  })
})
