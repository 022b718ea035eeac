// Pure rules of attachments (docs/API.md, "Attachments"): the server sniffs the bytes and decides;
// the client refuses early what certainly will not pass, so the user does not wait for an upload.

/** `ATTACHMENT_MAX_MB` of a default server; a server with a lower limit still answers 413. */
export const DEFAULT_MAX_MB = 25;

/** Extensions of the types the server accepts (pdf, docx, xlsx, pptx, odt, ods, jpg, png, gif, webp, txt, csv, zip). */
export const ALLOWED_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'jpg', 'jpeg', 'png', 'gif', 'webp', 'txt', 'csv', 'zip'] as const;

/** The file input's `accept`. */
export const ACCEPT = ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(',');

export const extensionOf = (name: string): string => {
  const i = name.lastIndexOf('.');
  return i > 0 && i < name.length - 1 ? name.slice(i + 1).toLowerCase() : '';
};

export type FileProblem = 'empty' | 'tooLarge' | 'typeNotAllowed';

/** Why a chosen file cannot be sent, or null. */
export function checkFile(file: { name: string; size: number }, maxMb = DEFAULT_MAX_MB): FileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > maxMb * 1024 * 1024) return 'tooLarge';
  if (!(ALLOWED_EXTENSIONS as readonly string[]).includes(extensionOf(file.name))) return 'typeNotAllowed';
  return null;
}

