import { readFileSync } from 'fs';
import { isNonNullType, isObjectType, getNamedType, isCompositeType } from 'graphql';
import { apiSchema } from './gateway/api-schema';
import { readAccessPolicy } from './gateway/access-policy';
import { satisfies } from './kit/access';
const sdl = readFileSync('supergraph.graphql','utf8');
const schema = apiSchema(sdl); const policy = readAccessPolicy(sdl);
for (const t of Object.values(schema.getTypeMap())) {
  if (!isObjectType(t) || t.name.startsWith('__') || t.name === 'Query' || t.name === 'Mutation') continue;
  const typeReq = policy.type(t.name);
  for (const role of ['guest','customer'] as const) {
    if (!satisfies(role, typeReq)) continue;
    for (const f of Object.values(t.getFields())) {
      const nt = getNamedType(f.type);
      const ok = satisfies(role, policy.field(t.name, f.name)) && (!isCompositeType(nt) || satisfies(role, policy.type(nt.name)));
      if (!ok && isNonNullType(f.type)) console.log(role, `${t.name}.${f.name}: ${f.type}`);
    }
  }
}
