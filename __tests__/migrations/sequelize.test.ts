/** Sequelize migrations (`migrations/*.js`, sequelize-cli shape): queryInterface calls, bulk writes, raw queries. */
import { describe, expect, it } from '@jest/globals'
import { scanFiles } from '../helpers/scan.js'
import { summary } from './summary.js'

describe('Sequelize migrations', () => {
  it('finds destructive queryInterface calls in up, and down at the down severity', async () => {
    const file = `'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.removeColumn('Users', 'legacyToken');
    await queryInterface.dropTable('AuditLogs');
    await queryInterface.renameColumn('Users', 'login', 'username');
    await queryInterface.changeColumn('Orders', 'total', { type: Sequelize.DECIMAL(10, 2), allowNull: false });
    await queryInterface.bulkDelete('Sessions', null, {});
    await queryInterface.bulkDelete('Tokens', { revoked: true }, {});
    await queryInterface.bulkUpdate('Users', { plan: 'free' });
    await queryInterface.sequelize.query('DELETE FROM "Carts"');
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.addColumn('Users', 'legacyToken', { type: Sequelize.STRING });
    await queryInterface.dropTable('Archives');
  }
};
`
    expect(summary(await scanFiles({ 'migrations/20240305101500-remove-legacy-token.js': file }))).toEqual([
      'block destructive-sql/drop-column :6 Users.legacyToken',
      'block destructive-sql/drop-table :7 AuditLogs',
      'block destructive-sql/delete-without-where :10 Sessions',
      'block destructive-sql/update-without-where :12 Users',
      'block destructive-sql/delete-without-where :13 Carts',
      'warn destructive-sql/rename-column :8 Users.login',
      'warn destructive-sql/alter-column-type :9 Orders.total',
      'warn destructive-sql/drop-table :18 Archives'
    ])
  })

  it('reads arrow-function migrations and leaves additive ones alone', async () => {
    const file = `module.exports = {
  up: async (queryInterface, Sequelize) => {
    // queryInterface.dropTable('Users') is what we avoid
    await queryInterface.createTable('Notes', { id: { type: Sequelize.INTEGER, primaryKey: true } });
    await queryInterface.bulkUpdate('Users', { plan: 'free' }, { plan: null });
  },
  down: (queryInterface) => queryInterface.dropTable('Notes'),
};
`
    expect(summary(await scanFiles({ 'db/migrations/20240306-create-notes.js': file }))).toEqual(['warn destructive-sql/drop-table :7 Notes'])
  })
})
