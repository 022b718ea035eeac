import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { partnerName, partnerSecondaryName } from './names';
import type { PartnerNames } from './types';

interface Props {
  partner: Partial<PartnerNames> & { id?: string };
  /** Link to the partner's page. */
  link?: boolean;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

/** Name in the UI language, with the name as written (any script) underneath. */
export function PartnerName({ partner, link, size = 'sm' }: Props) {
  const { i18n } = useTranslation();
  const main = partnerName(partner, i18n.language);
  const secondary = partnerSecondaryName(partner, i18n.language);
  return (
    <Stack gap={0}>
      {link && partner.id ? (
        <Anchor component={Link} to={`/partners/${partner.id}`} size={size} fw={600}>
          {main}
        </Anchor>
      ) : (
        <Text size={size} fw={600}>
          {main}
        </Text>
      )}
      {secondary && (
        <Text size="xs" c="dimmed" lang="">
          {secondary}
        </Text>
      )}
    </Stack>
  );
}
