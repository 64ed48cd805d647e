// Every table of the snapshot as a download: the Parquet file as bundled, the same rows as CSV, and a
// companion JSON with the manifest's provenance (publisher, version, licence, the publisher's files).
// For R and Python users (docs/download.md): arrow::read_parquet / pandas.read_csv on these URLs.
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import { InputError } from '../../errors.js';
import { type Column, toCsv } from '../../format/rows.js';
import type { DatasetEntry, TableEntry } from '../../store/manifest.js';
import type { Store } from '../../store/open.js';
import { copyTableTo } from '../../store/sql.js';
import { apiPrefix, type RouteContext, type RouteModule } from '../context.js';
import { matchesEtag } from '../respond.js';
import { DatasetCoverage, dataResponses, Format, StringEnum } from '../schemas.js';

const parquetType = 'application/vnd.apache.parquet';

const ProvenanceSchema = Type.Object(
  {
    table: Type.String(),
    description: Type.String(),
    rows: Type.Integer(),
    dataset: Type.String({ description: 'The manifest dataset the table belongs to.' }),
    title: Type.String(),
    publisher: Type.String(),
    version: Type.String(),
    license: Type.String(),
    coverage: DatasetCoverage,
    inputs: Type.Array(
      Type.Object({ path: Type.String(), sha256: Type.String(), url: Type.Optional(Type.String()) }),
      { description: "The publisher's files the table was built from." },
    ),
    notes: Type.Array(Type.String()),
    builtAt: Type.String(),
    sha256: Type.String({ description: 'Of the Parquet file.' }),
    links: Type.Object({ parquet: Type.String(), csv: Type.String(), provenance: Type.String() }),
  },
  { $id: 'TableProvenance', additionalProperties: false },
);

const TableRowSchema = Type.Object(
  {
    table: Type.String(),
    dataset: Type.String(),
    rows: Type.Integer(),
    description: Type.String(),
    parquet: Type.String(),
    csv: Type.String(),
    provenance: Type.String(),
  },
  { additionalProperties: false },
);

const TableFileParams = Type.Object(
  {
    table: Type.String({
      pattern: '^[a-z][a-z0-9_]*$',
      maxLength: 64,
      description: 'A table name (GET /tables).',
    }),
    ext: StringEnum(['parquet', 'csv', 'json'] as const, {
      description: 'parquet: the file as bundled; csv: the same rows; json: its provenance.',
    }),
  },
  { additionalProperties: false },
);

function links(name: string) {
  const base = `${apiPrefix}/tables/${name}`;
  return { parquet: `${base}.parquet`, csv: `${base}.csv`, provenance: `${base}.json` };
}

function findTable(store: Store, name: string): { dataset: DatasetEntry; table: TableEntry } {
  for (const dataset of store.manifest.datasets) {
    const table = dataset.tables.find((t) => t.name === name);
    if (table) return { dataset, table };
  }
  const all = store.manifest.datasets.flatMap((d) => d.tables.map((t) => t.name));
  throw new InputError(`no table '${name}'`, {
    location: { field: 'table' },
    kind: 'unknown',
    suggestions: all.filter((t) => t.includes(name) || name.includes(t)).slice(0, 5),
    hint: `GET ${apiPrefix}/tables lists the ${all.length} tables`,
  });
}

/** The manifest's provenance of one table (what the companion JSON and the headers say). */
export function provenance(dataset: DatasetEntry, table: TableEntry) {
  return {
    table: table.name,
    description: table.description,
    rows: table.rows,
    dataset: dataset.id,
    title: dataset.title,
    publisher: dataset.publisher,
    version: dataset.version,
    license: dataset.license,
    coverage: dataset.coverage,
    inputs: dataset.inputs.map((i) => ({ path: i.path, sha256: i.sha256, ...(i.url && { url: i.url }) })),
    notes: dataset.notes,
    builtAt: dataset.builtAt,
    sha256: table.sha256,
    links: links(table.name),
  };
}

/** HTTP header values are ASCII: anything else becomes a percent escape (the JSON has the text as is). */
const headerSafe = (s: string) => s.replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c));

/** The CSV of a table, written once per Parquet file (keyed by its sha256) by DuckDB's COPY. */
async function csvFile(store: Store, table: TableEntry): Promise<string> {
  const dir = join(tmpdir(), 'bearing-tables');
  const path = join(dir, `${table.name}-${table.sha256.slice(0, 16)}.csv`);
  if (existsSync(path)) return path;
  await mkdir(dir, { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await copyTableTo(store.connection, table.name, temp, '(FORMAT csv, HEADER true)');
  await rename(temp, path);
  return path;
}

const listColumns: Column<ReturnType<typeof tableRow>>[] = [
  { key: 'table' },
  { key: 'dataset' },
  { key: 'rows' },
  { key: 'description' },
  { key: 'parquet' },
  { key: 'csv' },
  { key: 'provenance' },
];

function tableRow(dataset: DatasetEntry, table: TableEntry) {
  return {
    table: table.name,
    dataset: dataset.id,
    rows: table.rows,
    description: table.description,
    ...links(table.name),
  };
}

export const tablesRoutes: RouteModule = {
  tag: {
    name: 'tables',
    description: 'Downloads: every table of the snapshot as Parquet or CSV, with its provenance',
  },
  schemas: [ProvenanceSchema],
  register,
};

async function register({ app, store }: RouteContext): Promise<void> {
  app.get(
    '/tables',
    {
      schema: {
        tags: ['tables'],
        summary: 'Every table of the snapshot, with its download links (Parquet, CSV, provenance JSON)',
        querystring: Type.Object({ format: Type.Optional(Format) }, { additionalProperties: false }),
        response: dataResponses(Type.Array(TableRowSchema), 'One row per table'),
      },
    },
    async (request, reply) => {
      const rows = store.manifest.datasets.flatMap((d) =>
        d.tables.filter((t) => store.has(t.name)).map((t) => tableRow(d, t)),
      );
      reply.header('cache-control', 'public, max-age=600');
      if ((request.query as { format?: string }).format === 'csv') {
        return reply.type('text/csv; charset=utf-8').send(toCsv(rows, listColumns));
      }
      return rows;
    },
  );

  const responses = dataResponses(
    Type.Ref(ProvenanceSchema),
    'The table (Parquet or CSV) or its provenance (JSON)',
  );
  app.get(
    '/tables/:table.:ext',
    {
      schema: {
        tags: ['tables'],
        summary: 'One table: .parquet (as bundled), .csv (same rows) or .json (its provenance)',
        params: TableFileParams,
        response: {
          ...responses,
          200: {
            ...responses[200],
            content: {
              ...responses[200].content,
              [parquetType]: { schema: Type.String({ format: 'binary', description: 'Apache Parquet.' }) },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { table: name, ext } = request.params as { table: string; ext: 'parquet' | 'csv' | 'json' };
      const { dataset, table } = findTable(store, name);
      const p = provenance(dataset, table);
      const etag = `"${table.sha256.slice(0, 32)}-${ext}"`;
      reply
        .header('etag', etag)
        .header('cache-control', 'public, max-age=600')
        .header('link', `<${p.links.provenance}>; rel="describedby"; type="application/json"`)
        .header('x-bearing-dataset', headerSafe(`${dataset.id}; ${dataset.publisher}; ${dataset.version}`))
        .header('x-bearing-license', headerSafe(dataset.license));
      if (matchesEtag(request, etag)) return reply.code(304).send('');
      if (ext === 'json') return reply.type('application/json; charset=utf-8').send(p);
      const disposition = `attachment; filename="${table.name}.${ext}"`;
      if (ext === 'parquet') {
        return reply
          .type(parquetType)
          .header('content-disposition', disposition)
          .send(createReadStream(join(store.root, table.file)));
      }
      const path = await csvFile(store, table);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', disposition)
        .send(createReadStream(path));
    },
  );
}
