import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

/** Translated title of any error: `errors.<code>`, else the server's own (translated) message. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      return t(`errors.${error.code}`, { defaultValue: error.message || t('errors.unknown') });
    }
    return t('errors.unknown');
  };
}

interface Props {
  error: unknown;
  /** Server field messages that match no visible field. */
  details?: string[];
}

export function ErrorAlert({ error, details }: Props) {
  const errorText = useErrorText();
  if (!error && !details?.length) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title={error ? errorText(error) : undefined}>
      {details && details.length > 0 && (
        <List size="sm">
          {details.map((d) => (
            <List.Item key={d}>{d}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
