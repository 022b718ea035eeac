import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { unitName } from '../../ui/unitName';
import { findSimilar, proposalsKey } from './api';
import { STATE_COLORS, useProposalLabels } from './labels';
import { SIMILAR_MIN_CHARS } from './rules';

interface Props {
  title: string;
  body: string;
  targetUnitId: string;
  excludeId?: string;
}

/** The answer's first lines: enough to tell whether it already answers the new proposal. */
const excerpt = (s: string, max = 280) => (s.length > max ? `${s.slice(0, max).trimEnd()}…` : s);

/** Existing proposals like the one being written (with their state and answer), found while typing. */
export function SimilarPanel({ title, body, targetUnitId, excludeId }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useProposalLabels();
  const [q] = useDebouncedValue({ title: title.trim(), body: body.trim(), targetUnitId }, 400);
  const enabled = q.title.length >= SIMILAR_MIN_CHARS;
  const similar = useQuery({
    queryKey: [...proposalsKey, 'similar', q, excludeId],
    queryFn: ({ signal }) =>
      findSimilar(
        { title: q.title, ...(q.body ? { body: q.body } : {}), ...(q.targetUnitId ? { targetUnitId: q.targetUnitId } : {}), ...(excludeId ? { excludeId } : {}) },
        signal,
      ),
    select: (d) => d.items,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const items = enabled ? (similar.data ?? []) : [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="similar-title">
      <Title order={2} fz="lg" mb="xs" id="similar-title">
        {t('proposals.similar.title')}
      </Title>
      <div aria-live="polite">
        {!enabled ? (
          <Text size="sm" c="dimmed">
            {t('proposals.similar.hint')}
          </Text>
        ) : similar.isError ? (
          <ErrorAlert error={similar.error} />
        ) : similar.isPending ? (
          <Spinner small />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('proposals.similar.none')}
          </Text>
        ) : (
          <Stack gap="sm">
            <Text size="sm">{t('proposals.similar.found', { count: items.length })}</Text>
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('proposals.similar.title')}>
              {items.map((s) => (
                <Paper key={s.id} component="li" withBorder p="sm" bg="yellow.0">
                  <Group gap={6} mb={4} wrap="wrap">
                    <Text size="xs" ff="monospace">
                      {s.code}
                    </Text>
                    <Badge size="sm" variant="dot" color={STATE_COLORS[s.state] ?? 'gray'} tt="none">
                      {labels.state(s.state)}
                    </Badge>
                    {s.groupId && (
                      <Badge size="sm" variant="outline" color="grape" tt="none">
                        {t('proposals.similar.grouped')}
                      </Badge>
                    )}
                  </Group>
                  <Anchor component={Link} to={`/proposals/${encodeURIComponent(s.id)}`} target="_blank" fw={600} size="sm">
                    {s.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {unitName(s.ownerUnit, i18n.language)}
                  </Text>
                  {s.answer ? (
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                      <Text span fw={600}>
                        {t('proposals.similar.answer')}{' '}
                      </Text>
                      {excerpt(s.answer)}
                    </Text>
                  ) : (
                    <Text size="xs" c="dimmed" mt={4}>
                      {t('proposals.similar.noAnswer')}
                    </Text>
                  )}
                </Paper>
              ))}
            </Stack>
          </Stack>
        )}
      </div>
    </Paper>
  );
}
