import { VCARD, FNProperty, OrgProperty, RoleProperty, EmailProperty, TelProperty, TextType, SpecialValueType } from 'vcard4';
import type { PartnerContact, Partner } from './schema.js';

/** A contact point as a vCard 4.0 (RFC 6350), its organisation being the partner. */
export function contactVcard(contact: PartnerContact, partner: Partner): string {
  const org = partner.name || partner.nameEn || partner.nameVi || partner.nameFr || partner.transliteration;
  const props = [new FNProperty([], new TextType(contact.name))];
  if (org) props.push(new OrgProperty([], new SpecialValueType('OrgProperty', [new TextType(org)])));
  if (contact.role) props.push(new RoleProperty([], new TextType(contact.role)));
  if (contact.email) props.push(new EmailProperty([], new TextType(contact.email)));
  if (contact.phone) props.push(new TelProperty([], new TextType(contact.phone)));
  return new VCARD(props).repr();
}
