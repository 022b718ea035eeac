import { ActionIcon, Anchor, Button, CloseButton, Group, Paper, Progress, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { isApiError } from '../../ui/api';
import { DataTable } from '../../ui/DataTable';
import { DeleteAction } from '../../ui/DeleteAction';
import { DropZone } from '../../ui/DropZone';
import { ErrorAlert, useErrorText } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { attachmentsKey, deleteAttachment, downloadHref, uploadAttachment, useAttachments, type Attachment } from './api';
import { formatBytes, uploadPercent } from '../../ui/upload';
import { useDeleteConfirm } from '../../ui/useDeleteConfirm';
import { ACCEPT, checkFile, DEFAULT_MAX_MB, type FileProblem } from './model';

interface Props {
  /** The kind of record (`engagement`, later others). */
  entity: string;
  entityId: string;
  /** Whether the user may add files (the record's `can`); deleting follows each file's own `can.delete`. */
  canUpload: boolean;
}

interface Upload {
  key: number;
  name: string;
  size: number;
  progress: number | null;
  /** Client problem (i18n key) or server error. */
  problem: FileProblem | null;
  error: unknown;
  abort?: AbortController;
}

const PROBLEM_KEYS: Record<FileProblem, string> = {
  empty: 'attachments.problems.empty',
  tooLarge: 'attachments.problems.tooLarge',
  typeNotAllowed: 'attachments.problems.typeNotAllowed',
};

let uploadSeq = 0;

/** Files of any record: list, upload with progress (several at once, or dropped), download, delete. */
export function AttachmentsPanel({ entity, entityId, canUpload }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const list = useAttachments(entity, entityId);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const live = useRef(new Set<AbortController>());
  useEffect(() => () => live.current.forEach((a) => a.abort()), []);

  // The server's word on a refused file: its own limit, the field message (an empty file), else the code.
  const uploadError = (e: unknown) => {
    if (isApiError(e, 'payload_too_large')) return t('attachments.problems.serverTooLarge');
    if (isApiError(e) && e.fields.file) return e.fields.file;
    return errorText(e);
  };

  const patch = (key: number, p: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...p } : u)));

  const send = async (file: File) => {
    const key = ++uploadSeq;
    const problem = checkFile(file);
    if (problem) {
      setUploads((all) => [...all, { key, name: file.name, size: file.size, progress: null, problem, error: null }]);
      return;
    }
    const abort = new AbortController();
    live.current.add(abort);
    setUploads((all) => [...all, { key, name: file.name, size: file.size, progress: 0, problem: null, error: null, abort }]);
    try {
      await uploadAttachment(entity, entityId, file, (loaded, total) => patch(key, { progress: uploadPercent(loaded, total) }), abort.signal);
      setUploads((all) => all.filter((u) => u.key !== key));
      notifications.show({ color: 'green', message: t('attachments.uploaded', { name: file.name }) });
      await qc.invalidateQueries({ queryKey: [...attachmentsKey, entity, entityId] });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') setUploads((all) => all.filter((u) => u.key !== key));
      else patch(key, { progress: null, error: e });
    } finally {
      live.current.delete(abort);
    }
  };

  const sendAll = (files: FileList | null | undefined) => {
    for (const f of Array.from(files ?? [])) void send(f);
    if (input.current) input.current.value = '';
  };

  const remove = useDeleteConfirm(
    (a: Attachment) => deleteAttachment(a.id),
    async (a) => {
      notifications.show({ color: 'green', message: t('attachments.deleted', { name: a.fileName }) });
      await qc.invalidateQueries({ queryKey: [...attachmentsKey, entity, entityId] });
    },
  );

  const items = list.data ?? [];
  return (
    <Stack gap="md">
      {canUpload && (
        <DropZone onDropFiles={sendAll}>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="xs" wrap="nowrap">
              <IconPaperclip size={20} aria-hidden />
              <div>
                <Text size="sm" fw={600}>
                  {t('attachments.drop')}
                </Text>
                <Text size="xs" c="dimmed" id={hintId}>
                  {t('attachments.hint', { size: formatBytes(DEFAULT_MAX_MB * 1024 * 1024, i18n.language) })}
                </Text>
              </div>
            </Group>
            <VisuallyHidden>
              <input
                ref={input}
                type="file"
                multiple
                accept={ACCEPT}
                aria-label={t('attachments.choose')}
                aria-describedby={hintId}
                onChange={(e) => sendAll(e.currentTarget.files)}
              />
            </VisuallyHidden>
            <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={() => input.current?.click()} aria-describedby={hintId}>
              {t('attachments.choose')}
            </Button>
          </Group>
        </DropZone>
      )}

      {uploads.length > 0 && (
        <Stack gap="xs" aria-live="polite">
          {uploads.map((u) => (
            <Paper key={u.key} withBorder p="xs">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" truncate>
                  {u.name} <Text span size="xs" c="dimmed">({formatBytes(u.size, i18n.language)})</Text>
                </Text>
                {u.progress !== null ? (
                  <Group gap="xs" wrap="nowrap">
                    <Text size="xs" c="dimmed">
                      {u.progress}%
                    </Text>
                    <Button variant="subtle" size="compact-xs" onClick={() => u.abort?.abort()}>
                      {t('common.cancel')}
                    </Button>
                  </Group>
                ) : (
                  <CloseButton size="sm" aria-label={t('attachments.dismiss', { name: u.name })} onClick={() => setUploads((all) => all.filter((x) => x.key !== u.key))} />
                )}
              </Group>
              {u.progress !== null && <Progress value={u.progress} mt={4} animated aria-label={t('attachments.uploading', { name: u.name })} />}
              {(u.problem || u.error !== null) && (
                <Text c="red" size="sm" role="alert" mt={4}>
                  {u.problem
                    ? t(PROBLEM_KEYS[u.problem], { size: formatBytes(DEFAULT_MAX_MB * 1024 * 1024, i18n.language) })
                    : uploadError(u.error)}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}

      {list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <DataTable
          minWidth={560}
          verticalSpacing="xs"
          caption={t('attachments.caption')}
          columns={[t('attachments.fileName'), t('attachments.size'), t('attachments.uploadedBy'), t('attachments.uploadedAt')]}
          actions
        >
          <TableStatusRows loading={list.isPending} empty={items.length === 0} colSpan={5} />
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor href={downloadHref(a.id)} download={a.fileName} size="sm">
                  {a.fileName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatBytes(a.size, i18n.language)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.uploaderName ?? ''}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(a.createdAt, i18n.language)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <ActionIcon component="a" href={downloadHref(a.id)} download={a.fileName} variant="subtle" aria-label={t('attachments.download', { name: a.fileName })}>
                    <IconDownload size={16} aria-hidden />
                  </ActionIcon>
                  {a.can.delete && <DeleteAction label={t('attachments.delete', { name: a.fileName })} onClick={() => remove.ask(a)} />}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <ConfirmModal
        {...remove.modalProps}
        title={t('attachments.deleteTitle')}
        message={t('attachments.deleteConfirm', { name: remove.target?.fileName ?? '' })}
        confirmLabel={t('common.delete')}
      />
    </Stack>
  );
}
