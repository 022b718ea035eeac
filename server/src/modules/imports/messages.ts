import type { ModuleMessages } from '../../i18n/index.js';

/** Server messages of imports: names given to unnamed columns, upload warnings, why background work failed. */
export const messages: ModuleMessages = {
  en: {
    'imports.column': 'Column {{n}}',
    'imports.warning.replaced_characters':
      '{{count}} characters of this file are not UTF-8 and are read as “�”. To keep them, save the file again as “CSV UTF-8” and upload it.',
    'imports.failure.unreadable': 'The file could not be read to the end: it may be damaged. Nothing was imported.',
    'imports.failure.internal': 'The work stopped on an unexpected error. Nothing was imported.',
    'imports.failure.interrupted': 'The work was interrupted: the server stopped while it ran. Nothing was imported; start it again.',
  },
  vi: {
    'imports.column': 'Cột {{n}}',
    'imports.warning.replaced_characters':
      '{{count}} ký tự trong tệp này không ở mã UTF-8 và được đọc thành “�”. Để giữ nguyên, hãy lưu lại tệp dưới dạng “CSV UTF-8” rồi tải lên.',
    'imports.failure.unreadable': 'Không đọc được hết tệp: tệp có thể bị hỏng. Chưa có dữ liệu nào được nhập.',
    'imports.failure.internal': 'Công việc dừng lại do một lỗi không lường trước. Chưa có dữ liệu nào được nhập.',
    'imports.failure.interrupted': 'Công việc bị gián đoạn: máy chủ đã dừng khi đang xử lý. Chưa có dữ liệu nào được nhập; hãy chạy lại.',
  },
  fr: {
    'imports.column': 'Colonne {{n}}',
    'imports.warning.replaced_characters':
      '{{count}} caractères de ce fichier ne sont pas en UTF-8 et sont lus comme « � ». Pour les conserver, enregistrez de nouveau le fichier au format « CSV UTF-8 » et importez-le.',
    'imports.failure.unreadable': 'Le fichier n’a pas pu être lu jusqu’au bout : il est peut-être endommagé. Rien n’a été importé.',
    'imports.failure.internal': 'Le traitement s’est arrêté sur une erreur inattendue. Rien n’a été importé.',
    'imports.failure.interrupted': 'Le traitement a été interrompu : le serveur s’est arrêté pendant qu’il tournait. Rien n’a été importé ; relancez-le.',
  },
};
