import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The spinner shown while data is on its way: a page's, or (small) a panel's or a table's. */
export function Spinner({ small = false }: { small?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center p={small ? 'md' : 'xl'}>
      <Loader size={small ? 'sm' : undefined} aria-label={t('common.loading')} />
    </Center>
  );
}
