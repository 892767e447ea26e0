import { readFileSync } from 'node:fs';
import { buildSchema, isListType, isNonNullType, isObjectType, type GraphQLOutputType } from 'graphql';
import { migrate } from '../kit/migrate';
import { projectPath } from '../kit/paths';
import { linkSubgraph } from '../subgraphs/link';
import { links } from '../subgraphs/link/links';
import { linkSchemaSdl } from '../subgraphs/link/sdl';
import { openTestDatabase } from './support/database';

/** Adding a link is one declaration: the schema and the tables must follow it, or this fails. */
describe('the link declarations', () => {
  it('are what subgraphs/link/schema.graphql says (run `npm run codegen` after changing one)', () => {
    expect(readFileSync(projectPath('subgraphs', 'link', 'schema.graphql'), 'utf8')).toBe(linkSchemaSdl());
  });

  it('give both sides their fields in the composed supergraph, a list where the other side is many', () => {
    const schema = buildSchema(readFileSync(projectPath('supergraph.graphql'), 'utf8'), { assumeValidSDL: true });
    const unwrap = (type: GraphQLOutputType): { list: boolean; name: string } => {
      const inner = isNonNullType(type) ? type.ofType : type;
      if (isListType(inner)) return { list: true, name: unwrap(inner.ofType).name };
      return { list: false, name: (inner as { name: string }).name };
    };
    for (const link of links) {
      link.sides.forEach((from, index) => {
        const to = link.sides[1 - index];
        const type = schema.getType(from.entity);
        if (!isObjectType(type)) throw new Error(`${from.entity} is not in the supergraph`);
        const field = type.getFields()[to.field];
        expect({ link: link.table, field: `${from.entity}.${to.field}`, ...(field ? unwrap(field.type) : {}) }).toEqual(
          {
            link: link.table,
            field: `${from.entity}.${to.field}`,
            list: to.many,
            name: to.entity,
          },
        );
      });
    }
  });

  it("create pivot tables with Medusa's columns and a unique index for each side that is not many", async () => {
    const { db, drop } = await openTestDatabase();
    try {
      await migrate(db, 'link', linkSubgraph.migrations());
      for (const link of links) {
        const columns = (
          await db.query<{ column_name: string }>(
            `select column_name from information_schema.columns where table_schema = 'link' and table_name = $1 order by ordinal_position`,
            [link.table],
          )
        ).map((row) => row.column_name);
        expect(columns).toEqual([
          'id',
          ...link.sides.map((side) => side.key),
          ...Object.keys(link.extraColumns ?? {}),
          'created_at',
          'updated_at',
          'deleted_at',
        ]);
        const unique = (
          await db.query<{ indexdef: string }>(
            `select indexdef from pg_indexes where schemaname = 'link' and tablename = $1`,
            [link.table],
          )
        )
          .map((row) => row.indexdef)
          .filter((definition) => /UNIQUE/.test(definition) && /deleted_at IS NULL/.test(definition));
        const expected = link.sides
          .filter((side) => !side.many)
          .map((side) => link.sides.find((other) => other !== side)!.key);
        expect({
          link: link.table,
          unique: unique.map((definition) => /\((\w+)\)/.exec(definition)![1]).sort(),
        }).toEqual({
          link: link.table,
          unique: expected.sort(),
        });
      }
    } finally {
      await drop();
    }
  });
});
