import { Button, Group, Progress, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../ui/api';
import { DropZone } from '../../ui/DropZone';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { uploadImport, type UploadedImport } from './api';
import { formatBytes, uploadPercent } from '../../ui/upload';
import { MAX_UPLOAD_BYTES, tooLarge } from './model';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Step 1: a drop zone (or file picker); the file goes to the server as soon as it is chosen. */
export function UploadStep({ onUploaded }: { onUploaded: (imp: UploadedImport) => void }) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const send = async (f: File) => {
    setFile(f);
    setError(null);
    if (tooLarge(f.size)) {
      setError(new ApiError(413, 'payload_too_large', '', { file: t('imports.upload.tooLarge', { size: formatBytes(MAX_UPLOAD_BYTES, i18n.language) }) }));
      return;
    }
    abort.current = new AbortController();
    setProgress(0);
    try {
      const imp = await uploadImport(f, (loaded, total) => setProgress(uploadPercent(loaded, total)), abort.current.signal);
      onUploaded(imp);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      setError(e);
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  const onDrop = (files: FileList) => {
    const f = files[0];
    if (f && progress === null) void send(f);
  };

  const fileError = isApiError(error) ? error.fields.file : undefined;
  const otherFields = isApiError(error) ? Object.entries(error.fields).filter(([k]) => k !== 'file').map(([, v]) => v) : [];
  const busy = progress !== null;

  return (
    <Stack gap="md">
      <DropZone onDropFiles={onDrop} p="xl" borderWidth={2} invalid={!!fileError} data-testid="import-dropzone">
        <Stack align="center" gap="sm">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconFileSpreadsheet size={32} aria-hidden />
          </ThemeIcon>
          <Text fw={600} ta="center">
            {t('imports.upload.drop')}
          </Text>
          <Text size="sm" c="dimmed" ta="center" id={hintId}>
            {t('imports.upload.hint', { size: formatBytes(MAX_UPLOAD_BYTES, i18n.language) })}
          </Text>
          <VisuallyHidden>
            <input
              ref={input}
              type="file"
              accept={ACCEPT}
              aria-label={t('imports.upload.choose')}
              aria-describedby={hintId}
              disabled={busy}
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                if (f) void send(f);
              }}
            />
          </VisuallyHidden>
          <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={() => input.current?.click()} loading={busy} aria-describedby={hintId}>
            {t('imports.upload.choose')}
          </Button>
          {file && (
            <Text size="sm" c="dimmed">
              {t('imports.upload.selected', { name: file.name, size: formatBytes(file.size, i18n.language) })}
            </Text>
          )}
          {fileError && (
            <Text c="red" size="sm" role="alert" ta="center">
              {fileError}
            </Text>
          )}
        </Stack>
      </DropZone>
      {busy && (
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm">{t('imports.upload.uploading')}</Text>
            <Text size="sm" c="dimmed">
              {progress}%
            </Text>
          </Group>
          <Progress value={progress ?? 0} animated aria-label={t('imports.upload.uploading')} />
          <Group justify="flex-end">
            <Button variant="subtle" size="xs" onClick={() => abort.current?.abort()}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {error !== null && !fileError && <ErrorAlert error={error} details={otherFields} />}
      <Text size="sm" c="dimmed">
        {t('imports.upload.help')}
      </Text>
    </Stack>
  );
}
