import type { CodegenConfig } from '@graphql-codegen/cli';

// Every custom scalar printed in ../schema.graphql must be listed here:
// with strictScalars an unknown scalar fails codegen instead of becoming `any`.
const scalars = {
  DateTime: 'string',
  Date: 'string',
  DateOnly: 'string',
  TimeOnly: 'string',
  Decimal: 'number',
  Long: 'number',
  Uri: 'string',
  Guid: 'string',
} as const;

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.tsx', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Not a React hook: named readFragment so it may run in callbacks and loops.
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'readFragment' } },
      config: {
        strictScalars: true,
        scalars,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
