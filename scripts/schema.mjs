// `npm run schema`: prints the running schema into schema.graphql, then regenerates the web client types.
import { run } from './lib.mjs';

run('dotnet', ['test', 'tests/OneStop.Api.Tests', '--filter', 'FullyQualifiedName~SchemaTests', '--nologo', '-v', 'quiet'], { env: { UPDATE_SCHEMA: '1' } });
run('npm', ['--prefix', 'web', 'run', 'codegen']);
