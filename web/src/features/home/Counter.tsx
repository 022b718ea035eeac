import { Anchor, Card, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface CounterProps {
  label: string;
  value: number | undefined;
  color: string;
  loading: boolean;
  link?: { to: string; label: string };
}

/** One number of the home page, with a link to where it is worked on. */
export function Counter({ label, value, link, color, loading }: CounterProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {loading ? (
        <Loader size="sm" my={6} aria-label={t('common.loading')} />
      ) : (
        <Text fz={32} fw={700} c={value ? color : 'dimmed'} lh={1.3}>
          {value ?? '–'}
        </Text>
      )}
      {link && (
        <Anchor component={Link} to={link.to} size="sm">
          {link.label}
        </Anchor>
      )}
    </Card>
  );
}
