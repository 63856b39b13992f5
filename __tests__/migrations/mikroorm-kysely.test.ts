/** MikroORM (`this.addSql`) and Kysely (`db.schema` builders, `sql` templates) migrations. */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

describe('MikroORM migrations', () => {
  it('analyzes addSql in up, and down at the down severity', async () => {
    const file = `import { Migration } from '@mikro-orm/migrations';

export class Migration20240305101500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(\`alter table "book" drop constraint "book_author_id_foreign";\`);
    this.addSql(\`drop table if exists "author" cascade;\`);
    this.addSql(\`alter table "book" drop column "author_id";\`);
  }

  override async down(): Promise<void> {
    this.addSql(\`create table "author" ("id" serial primary key, "name" varchar(255) not null);\`);
    this.addSql(\`alter table "book" drop column "author_name";\`);
  }

}
`
    expect(summary(await scanFiles({ 'src/migrations/Migration20240305101500.ts': file }))).toEqual([
      'block destructive-sql/cascade :7 author',
      'block destructive-sql/drop-table :7 author',
      'block destructive-sql/drop-column :8 author_id',
      'warn destructive-sql/drop-constraint :6 book_author_id_foreign',
      'warn destructive-sql/drop-column :13 author_name'
    ])
  })
})

describe('Kysely migrations', () => {
  it('finds schema builder drops, raw sql templates and unscoped deletes', async () => {
    const file = `import { Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('pet').ifExists().cascade().execute()
  await db.schema.alterTable('person').dropColumn('middle_name').execute()
  await db.schema.alterTable('person').renameColumn('last_name', 'surname').execute()
  await db.schema.alterTable('person').alterColumn('age', (col) => col.setDataType('smallint')).execute()
  await sql\`TRUNCATE TABLE toy\`.execute(db)
  await db.deleteFrom('session').execute()
  await db.deleteFrom('token').where('expired', '=', true).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_archive').execute()
}
`
    expect(summary(await scanFiles({ 'src/db/migrations/2024-03-05_cleanup.ts': file }))).toEqual([
      'block destructive-sql/cascade :4 pet',
      'block destructive-sql/drop-table :4 pet',
      'block destructive-sql/drop-column :5 person.middle_name',
      'block destructive-sql/truncate :8 toy',
      'block destructive-sql/delete-without-where :9 session',
      'warn destructive-sql/rename-column :6 person.last_name',
      'warn destructive-sql/alter-column-type :7 person.age',
      'warn destructive-sql/drop-table :14 person_archive'
    ])
  })
})
