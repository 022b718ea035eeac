import { Paper, type MantineSpacing } from '@mantine/core';
import { useState, type ReactNode } from 'react';

interface Props {
  onDropFiles: (files: FileList) => void;
  p?: MantineSpacing;
  borderWidth?: number;
  /** Red border (the dropped file was refused). */
  invalid?: boolean;
  'data-testid'?: string;
  children: ReactNode;
}

/** A dashed panel that takes dropped files and lights up while they are dragged over it. */
export function DropZone({ onDropFiles, p = 'md', borderWidth, invalid, children, ...rest }: Props) {
  const [dragging, setDragging] = useState(false);
  return (
    <Paper
      withBorder
      p={p}
      radius="md"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onDropFiles(e.dataTransfer.files);
      }}
      style={{
        borderStyle: 'dashed',
        borderWidth,
        borderColor: dragging ? 'var(--mantine-primary-color-filled)' : invalid ? 'var(--mantine-color-red-6)' : undefined,
        background: dragging ? 'var(--mantine-primary-color-light)' : undefined,
      }}
      {...rest}
    >
      {children}
    </Paper>
  );
}
