import { Button, Group, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  submitLabel: string;
  onCancel: () => void;
  loading?: boolean;
  /** The submit button's colour, when the step it takes has one (reject: red). */
  color?: string;
  mt?: MantineSpacing;
}

/** Cancel and submit, at the foot of a form. */
export function FormButtons({ submitLabel, onCancel, loading, color, mt }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" color={color} loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
