import { Anchor, Breadcrumbs } from '@mantine/core';
import { Link } from 'react-router-dom';

interface Props {
  /** Links to the pages above this one, outermost first; empty entries (`id && …`) are left out. */
  trail: ({ to: string; label: string } | false | '' | null | undefined)[];
  /** This page's own name, as plain text. */
  current?: string;
}

/** The trail above a page's title. */
export function PageBreadcrumbs({ trail, current }: Props) {
  return (
    <Breadcrumbs mb="xs" fz="sm">
      {trail.map(
        (c) =>
          c && (
            <Anchor key={c.to} component={Link} to={c.to}>
              {c.label}
            </Anchor>
          ),
      )}
      {current !== undefined && <span>{current}</span>}
    </Breadcrumbs>
  );
}
