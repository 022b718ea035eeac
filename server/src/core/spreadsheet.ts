/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with = + - @ tab or CR is
 * read as a formula by Excel, LibreOffice and Google Sheets when the file is opened or re-saved. Such text
 * goes out with a leading apostrophe, which those programs show as text. Numbers and dates stay as they are.
 */
const TRIGGER = /^[=+\-@\t\r]/;

export const safeCell = <T>(value: T): T | string => (typeof value === 'string' && TRIGGER.test(value) ? `'${value}` : value);

export const safeRow = <T>(values: readonly T[]): (T | string)[] => values.map(safeCell);
