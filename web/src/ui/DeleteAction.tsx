import { ActionIcon, type ActionIconProps } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

interface Props extends Pick<ActionIconProps, 'mt' | 'ml'> {
  /** Names what it deletes, for screen readers. */
  label: string;
  onClick: () => void;
  iconSize?: number;
}

/** The red bin of a table row, a card or a form's repeated row. */
export function DeleteAction({ label, onClick, iconSize = 16, ...spacing }: Props) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick} {...spacing}>
      <IconTrash size={iconSize} aria-hidden />
    </ActionIcon>
  );
}
