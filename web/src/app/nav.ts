import type { Ability } from '../features/auth/me';
import type { NavEntry, NavSection } from '../ui/manifest';
import type { Feature } from './features';

/** The sidebar's sections, in order, with their titles (app/locales). */
const SECTION_TITLES: Record<NavSection, string> = {
  work: 'nav.sections.work',
  network: 'nav.sections.network',
  plans: 'nav.sections.plans',
  admin: 'nav.sections.admin',
  account: 'nav.sections.account',
};

export interface NavGroup {
  section: NavSection;
  title: string;
  entries: NavEntry<Ability>[];
}

/**
 * The sidebar: each feature's entries the user may see (`may` follows the server's `can`), grouped by
 * section in the order of the features list. A section with nothing to show is left out.
 */
export function navGroups(features: readonly Feature[], may: (ability: Ability | undefined) => boolean): NavGroup[] {
  const entries = features.flatMap((f) => f.nav ?? []).filter((e) => may(e.requires));
  return (Object.keys(SECTION_TITLES) as NavSection[])
    .map((section) => ({ section, title: SECTION_TITLES[section], entries: entries.filter((e) => e.section === section) }))
    .filter((g) => g.entries.length > 0);
}
