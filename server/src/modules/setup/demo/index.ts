import type { Database } from '../../../db/types.js';
import type { AmityModule } from '../../../http/module.js';
import { insertUnit, type UnitInsert } from '../../units/repo.js';
import { insertUser } from '../../users/repo.js';
import { hashPassword, randomPassword } from '../../auth/password.js';
import type { Role, User, Unit } from '../../../core/tenancy-schema.js';
import { auditCreated, systemAudit } from '../service.js';
import { lockSetup } from '../repo.js';
import { appendAudit } from '../../../core/audit.js';
import { demoLocalities } from '../../proposals/demo/data-localities.js';

// The organisations named in the seed articles (../shared/seeds).
type DemoUnit = UnitInsert & { key: string; parent?: string };
const demoUnits: DemoUnit[] = [
  { key: 'central', nameVi: 'Ban Đối ngoại Trung ương', nameEn: 'Central Commission for External Relations', nameFr: 'Commission centrale des relations extérieures', kind: 'party', pillar: 'party', level: 'central' },
  { key: 'vufo', parent: 'central', nameVi: 'Liên hiệp các tổ chức hữu nghị Việt Nam', nameEn: 'Vietnam Union of Friendship Organizations', nameFr: 'Union des organisations d’amitié du Vietnam', kind: 'people_org', pillar: 'people', level: 'central' },
  { key: 'mofa', parent: 'central', nameVi: 'Bộ Ngoại giao', nameEn: 'Ministry of Foreign Affairs', nameFr: 'Ministère des Affaires étrangères', kind: 'ministry', pillar: 'state', level: 'central' },
  { key: 'vff', parent: 'central', nameVi: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', nameEn: 'Vietnam Fatherland Front Central Committee', nameFr: 'Comité central du Front de la Patrie du Vietnam', kind: 'people_org', pillar: 'people', level: 'central' },
  { key: 'propaganda', parent: 'central', nameVi: 'Ban Tuyên giáo Trung ương', nameEn: 'Central Propaganda Department', nameFr: 'Département central de la propagande', kind: 'party', pillar: 'party', level: 'central' },
  { key: 'hanoi', parent: 'central', nameVi: 'Thành ủy Hà Nội', nameEn: 'Hanoi Party Committee', nameFr: 'Comité du Parti de Hanoï', kind: 'locality', pillar: 'party', level: 'province' },
  { key: 'hoankiem', parent: 'hanoi', nameVi: 'Ủy ban nhân dân quận Hoàn Kiếm', nameEn: 'Hoan Kiem District People’s Committee', nameFr: 'Comité populaire du district de Hoan Kiem', kind: 'locality', pillar: 'state', level: 'district' },
  { key: 'hoabinh', parent: 'central', nameVi: 'Tỉnh ủy Hòa Bình', nameEn: 'Hoa Binh Provincial Party Committee', nameFr: 'Comité provincial du Parti de Hoa Binh', kind: 'locality', pillar: 'party', level: 'province' },
  { key: 'writers', parent: 'vufo', nameVi: 'Hội Nhà văn Việt Nam', nameEn: 'Vietnam Writers’ Association', nameFr: 'Association des écrivains du Vietnam', kind: 'people_org', pillar: 'people', level: 'central' },
  { key: 'musicians', parent: 'vufo', nameVi: 'Hội Nhạc sĩ Việt Nam', nameEn: 'Vietnam Musicians’ Association', nameFr: 'Association des musiciens du Vietnam', kind: 'people_org', pillar: 'people', level: 'central' },
  { key: 'dance', parent: 'vufo', nameVi: 'Hội Nghệ sĩ Múa Việt Nam', nameEn: 'Vietnam Dance Artists’ Association', nameFr: 'Association des artistes de danse du Vietnam', kind: 'people_org', pillar: 'people', level: 'central' },
  { key: 'photo', parent: 'vufo', nameVi: 'Hội Nghệ sĩ Nhiếp ảnh Việt Nam', nameEn: 'Vietnam Association of Photographic Artists', nameFr: 'Association des artistes photographes du Vietnam', kind: 'people_org', pillar: 'people', level: 'central' },
  // The Ministry's bodies that handle localities' proposals on overseas Vietnamese and on borders.
  { key: 'overseas', parent: 'mofa', nameVi: 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài', nameEn: 'State Committee for Overseas Vietnamese', nameFr: 'Comité d’État chargé des Vietnamiens de l’étranger', kind: 'ministry', pillar: 'state', level: 'central' },
  { key: 'boundary', parent: 'mofa', nameVi: 'Ủy ban Biên giới quốc gia', nameEn: 'National Boundary Commission', nameFr: 'Commission nationale des frontières', kind: 'ministry', pillar: 'state', level: 'central' },
  // Provinces and cities that send proposals to the Ministry (seed 003: 267 before one conference).
  ...demoLocalities.map((l): DemoUnit => ({ key: l.key, parent: 'central', nameVi: l.vi, nameEn: l.en, nameFr: l.fr, kind: 'locality', pillar: 'state', level: 'province' })),
];

const demoUsers: { email: string; displayName: string; role: Role; unit: string }[] = [
  { email: 'admin@demo.amity', displayName: 'Quản trị hệ thống', role: 'admin', unit: 'central' },
  { email: 'manager.central@demo.amity', displayName: 'Lê Thị Thu Hằng', role: 'manager', unit: 'central' },
  { email: 'officer.central@demo.amity', displayName: 'Nguyễn Văn An', role: 'officer', unit: 'central' },
  { email: 'manager.hanoi@demo.amity', displayName: 'Trần Quốc Đạt', role: 'manager', unit: 'hanoi' },
  { email: 'officer.hanoi@demo.amity', displayName: 'Phạm Thị Ngọc Ánh', role: 'officer', unit: 'hanoi' },
  { email: 'manager.hoabinh@demo.amity', displayName: 'Bùi Văn Đức', role: 'manager', unit: 'hoabinh' },
  { email: 'officer.hoabinh@demo.amity', displayName: 'Đinh Thị Hường', role: 'officer', unit: 'hoabinh' },
  { email: 'officer.vufo@demo.amity', displayName: 'Hoàng Minh Châu', role: 'officer', unit: 'vufo' },
  { email: 'viewer.vufo@demo.amity', displayName: 'Vũ Thị Lan', role: 'viewer', unit: 'vufo' },
  // The Ministry answers localities' proposals and reviews reports on its programme's tasks.
  { email: 'manager.mofa@demo.amity', displayName: 'Ngô Thanh Tùng', role: 'manager', unit: 'mofa' },
  { email: 'officer.mofa@demo.amity', displayName: 'Đặng Thị Phương Linh', role: 'officer', unit: 'mofa' },
];

export interface DemoResult {
  password: string;
  accounts: { email: string; role: Role; unitName: string }[];
}


/**
 * Loads the demo organisations and accounts into an empty database, then each module's demo
 * rows (its manifest's `demo`), in the list's order.
 */
export async function loadDemo(db: Database, modules: AmityModule[], opts: { password?: string; ip?: string | null } = {}): Promise<DemoResult> {
  const password = opts.password || randomPassword();
  const hashes = await Promise.all(demoUsers.map(() => hashPassword(password)));
  const ip = opts.ip ?? null;
  return db.transaction(async (tx) => {
    await lockSetup(tx);
    await appendAudit(tx, { ...systemAudit(ip, null), action: 'setup', entity: 'system', entityId: null, diff: { after: { demo: true } } });
    const byKey = new Map<string, Unit>();
    for (const { key, parent, ...values } of demoUnits) {
      const unit = await insertUnit(tx, parent ? byKey.get(parent)! : null, values);
      byKey.set(key, unit);
      await auditCreated(tx, ip, 'unit', unit);
    }
    const accounts: DemoResult['accounts'] = [];
    const usersByEmail = new Map<string, User>();
    for (const [i, u] of demoUsers.entries()) {
      const unit = byKey.get(u.unit)!;
      const user = await insertUser(tx, { email: u.email, displayName: u.displayName, role: u.role, unitId: unit.id, language: 'vi', passwordHash: hashes[i]! });
      await auditCreated(tx, ip, 'user', user);
      usersByEmail.set(u.email, user);
      accounts.push({ email: u.email, role: u.role, unitName: unit.nameVi });
    }
    for (const m of modules) await m.demo?.(tx, { unitsByKey: byKey, usersByEmail, ip });
    return { password, accounts };
  });
}
