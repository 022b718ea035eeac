/** What a virus scanner is shown: the received bytes (in a temporary file) and what they claim to be. */
export interface ScanInput {
  path: string;
  fileName: string;
  contentType: string;
}

export type VirusScanner = (file: ScanInput) => Promise<{ ok: boolean; reason?: string }>;

const acceptAll: VirusScanner = async () => ({ ok: true });
let scanner: VirusScanner = acceptAll;

/**
 * Installs the scanner every upload passes through before it is stored (e.g. a clamd client);
 * none given restores the default, which accepts everything.
 */
export function setVirusScanner(fn?: VirusScanner): void {
  scanner = fn ?? acceptAll;
}

export const scanFile = (file: ScanInput) => scanner(file);
