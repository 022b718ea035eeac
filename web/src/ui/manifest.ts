import type { Icon } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { StringSource } from '../i18n';

/**
 * How a feature describes itself to the app shell (features/<f>/index.ts); app/features.ts lists them.
 * `A` is what a page or an entry may require (features use auth's `Ability`): without it, everyone.
 * Keep a manifest tiny: it is in the first bundle, so its pages come through `lazyPage`.
 */
export interface FeatureManifest<A extends string = string> {
  /** The feature's folder name. */
  name: string;
  /** Routes of the signed-in app; a user without `requires` is sent home. */
  routes?: FeatureRoute<A>[];
  /** Sidebar entries, grouped by section in the order of the features list. */
  nav?: NavEntry<A>[];
  /** Shown in the header of every page (e.g. the notification bell). */
  header?: ComponentType;
  /** The feature's strings (features/<f>/locales), one file per language, loaded when needed. */
  strings?: StringSource;
}

export interface FeatureRoute<A extends string = string> {
  /** A react-router path; `/x/*` when the page routes further itself. */
  path: string;
  page: ComponentType;
  requires?: A;
}

/** The sidebar's groups (their order and titles: app/nav.ts). */
export type NavSection = 'work' | 'network' | 'plans' | 'admin' | 'account';

export interface NavEntry<A extends string = string> {
  /** Unique in the app. */
  id: string;
  /** A translation key. */
  label: string;
  path: string;
  icon: Icon;
  section: NavSection;
  requires?: A;
}
