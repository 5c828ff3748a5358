import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

// The client preset's `graphql()` looks documents up in one map (src/gql/gql.ts) that holds every document of the app,
// so the entry chunk would carry all of them. At build time each `graphql(`...`)` call is replaced by its own document
// (the AST codegen wrote to src/gql/graphql.ts), and the map is never imported: a page's documents travel in that
// page's lazy chunk. Same idea as the preset's babel plugin, without the single shared module. Tests and the dev server
// keep the runtime lookup.
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const NAMED = /^\s*(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;

/** Generated documents by the name of their first definition (the operation or fragment itself). */
function readDocuments(file: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^export const \w+(?:Document|FragmentDoc) = (\{.*\}) as unknown as DocumentNode/.exec(line);
    if (!match?.[1]) continue;
    const document = JSON.parse(match[1]) as { definitions: { name?: { value: string } }[] };
    const name = document.definitions[0]?.name?.value;
    if (name) documents.set(name, match[1]);
  }
  return documents;
}

export function inlineGraphqlDocuments(generated: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'onestop:inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = readDocuments(generated);
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const replaced = code.replace(CALL, (_call, source: string) => {
        const name = NAMED.exec(source)?.[2] ?? '';
        const document = documents.get(name);
        if (!document) this.error(`${id}: no generated document for ${name || 'an unnamed document'}; run npm run codegen`);
        return `(${document})`;
      });
      return { code: replaced, map: null };
    },
  };
}
