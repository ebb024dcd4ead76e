// exceljs, loaded when a sheet is first read or written: it is a second of every start otherwise
// (the server, and every CLI command, import the modules that use it).
import type ExcelJS from 'exceljs';

let loaded: Promise<typeof ExcelJS> | null = null;

export function excel(): Promise<typeof ExcelJS> {
  return (loaded ??= import('exceljs').then((m) => m.default));
}
