import { existsSync, readFileSync } from 'node:fs';
import { columns, model, type Columns } from '../kit/model';
import { migrate } from '../kit/migrate';
import { projectPath } from '../kit/paths';
import { salesChannelSubgraph } from '../subgraphs/sales-channel';
import { models } from '../subgraphs/sales-channel/models';
import { openTestDatabase } from './support/database';
import { declaredColumns, migratedColumns } from './support/models';

/** CONTRIBUTING.md stays true: the paths it names exist, and its recipe for a column works as written. */
const guide = readFileSync(projectPath('CONTRIBUTING.md'), 'utf8');

function section(title: string): string {
  const start = guide.indexOf(`## ${title}`);
  if (start < 0) throw new Error(`CONTRIBUTING.md has no section "${title}"`);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
}

function codeBlock(text: string, language: string): string {
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(text);
  if (!block) throw new Error(`no ${language} block`);
  return block[1].trim();
}

describe('CONTRIBUTING.md', () => {
  it('names only paths that exist', () => {
    const paths = [...guide.matchAll(/`((?:subgraphs|gateway|kit|bin|seed|test|bench)\/[^`\s]*)`/g)]
      .map((match) => match[1].replace(/\/$/, ''))
      .filter((path) => !path.includes('002_external_id'));
    expect(paths.length).toBeGreaterThan(10);
    // `<module>` stands for any module: the path exists for at least one.
    const exists = (path: string) =>
      ['region', 'cart'].some((name) => existsSync(projectPath(path.replace(/<module>/g, name))));
    expect(paths.filter((path) => !exists(path))).toEqual([]);
  });

  describe('the recipe "Add a column to a module", applied as written', () => {
    const recipe = section('Add a column to a module');
    // The declaration line, run as the code it is, with `c` being kit/model.ts's columns.
    const line = codeBlock(recipe, 'ts');
    const added = new Function('c', `return { ${line} };`)(columns) as Columns;
    const extended = model(models.sales_channel.table, { ...models.sales_channel.columns, ...added });

    it('adds one filterable column', () => {
      expect(Object.keys(added)).toEqual(['external_id']);
      expect(added.external_id.spec).toMatchObject({ kind: 'text', nullable: true, filter: 'in' });
    });

    it('with its migration, the migrations match the declaration; without it, the check fails', async () => {
      const { db, drop } = await openTestDatabase();
      try {
        await migrate(db, 'sales_channel', salesChannelSubgraph.migrations());
        const before = await migratedColumns(db, ['sales_channel']);
        expect(before.get(extended.table)).not.toEqual(declaredColumns(extended));
        await migrate(db, 'sales_channel', [{ name: '002_external_id.sql', sql: codeBlock(recipe, 'sql') }]);
        const after = await migratedColumns(db, ['sales_channel']);
        expect(after.get(extended.table)).toEqual(declaredColumns(extended));
      } finally {
        await drop();
      }
    });
  });
});
