// The README's "Export columns" section, generated from columns.ts: a table per export with each
// column's header, its content and how it is written. export-columns-readme.test.ts checks that
// the README holds exactly this text, so the documentation cannot drift from the code.
import type { ExportColumnKind } from './export-column';
import { EXPORT_TABLES, EXPORT_TABLE_DEFINITIONS } from './export-tables';

export const EXPORT_COLUMNS_START = '<!-- export-columns:start -->';
export const EXPORT_COLUMNS_END = '<!-- export-columns:end -->';

const FORMAT: Record<ExportColumnKind, string> = {
  text: 'text',
  list: 'list, joined with `; `',
  date: 'ISO 8601 UTC, empty when not set',
  number: 'number, empty when not set',
};

export function exportColumnsMarkdown(): string {
  const sections = EXPORT_TABLES.map((table) => {
    const { title, fileName, columns } = EXPORT_TABLE_DEFINITIONS[table];
    const rows = columns.map(
      (column) => `| ${column.header} | ${column.description} | ${FORMAT[column.kind]} |`,
    );
    return [
      `### ${title} (\`${fileName}-….csv\`)`,
      '',
      '| Column | Content | Format |',
      '| --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return [EXPORT_COLUMNS_START, ...sections, EXPORT_COLUMNS_END].join('\n\n');
}
