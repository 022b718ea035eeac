import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLabels } from './labels';
import { formatScore, scoreColor } from './names';
import { PartnerName } from './PartnerName';
import { useCountries } from './referenceData';
import type { DuplicateCandidate } from './types';

interface Props {
  candidates: DuplicateCandidate[];
  saving: boolean;
  onSaveAnyway: () => void;
  onCancel: () => void;
}

/** Shown before saving when the server finds partners that look the same. */
export function DuplicatesModal({ candidates, saving, onSaveAnyway, onCancel }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const countries = useCountries();
  return (
    <Modal opened onClose={onCancel} title={t('partners.dupCheck.title')} size="xl">
      <Stack>
        <Text size="sm">{t('partners.dupCheck.intro', { count: candidates.length })}</Text>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('partners.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('partners.fields.country')}</Table.Th>
                <Table.Th scope="col">{t('partners.duplicates.score')}</Table.Th>
                <Table.Th scope="col">{t('partners.duplicates.reasons')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.map((c) => (
                <Table.Tr key={c.partner.id}>
                  <Table.Td>
                    <PartnerName partner={c.partner} />
                    <Text size="xs" c="dimmed">
                      {labels.type(c.partner.type)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{countries.name(c.partner.countryCode)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={scoreColor(c.score)}>
                      {formatScore(c.score)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {c.reasons.map((r) => (
                        <Text key={r} size="xs">
                          {labels.reason(r)}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      component={Link}
                      to={`/partners/${c.partner.id}`}
                      size="xs"
                      variant="light"
                      leftSection={<IconExternalLink size={14} aria-hidden />}
                    >
                      {t('partners.dupCheck.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" loading={saving} onClick={onSaveAnyway}>
            {t('partners.dupCheck.saveAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
