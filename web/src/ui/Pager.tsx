import { Group, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  limit: number;
  total: number;
  /** The server stopped counting at `total` (a search that found more): say so. */
  capped?: boolean;
  onPage: (page: number) => void;
  onLimit?: (limit: number) => void;
}

const LIMITS = ['10', '20', '50', '100'];
const CONTROL_LABELS = { first: 'pager.first', previous: 'pager.previous', next: 'pager.next', last: 'pager.last' } as const;

/** Server-side pagination controls with a "x–y of n" summary. */
export function Pager({ page, limit, total, capped, onPage, onLimit }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / limit));
  const from = total === 0 ? 0 : (page - 1) * limit + 1;
  const to = Math.min(total, page * limit);
  return (
    <Group justify="space-between" mt="md" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t(capped ? 'pager.summaryCapped' : 'pager.summary', { from, to, total })}
      </Text>
      <Group gap="md">
        {onLimit && (
          <Select
            label={t('pager.perPage')}
            data={LIMITS}
            value={String(limit)}
            onChange={(v) => v && onLimit(Number(v))}
            allowDeselect={false}
            w={90}
            size="xs"
          />
        )}
        <nav aria-label={t('pager.label')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onPage}
            size="sm"
            getControlProps={(control) => ({ 'aria-label': t(CONTROL_LABELS[control]) })}
            getItemProps={(p) => ({ 'aria-label': t('pager.page', { page: p }) })}
          />
        </nav>
      </Group>
    </Group>
  );
}
