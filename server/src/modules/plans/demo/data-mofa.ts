import type { DemoDirective } from './data-types.js';

// Seed 003: after the 32nd Diplomatic Conference the whole diplomatic service focuses on
// seven key tasks; the Ministry tracks them as a programme. The programme's number and date
// are the demo's (the seed gives none); the seven groups follow the seed.

/** The task the proposal demo makes out of a border province's proposal (proposals.task_id). */
export const PROPOSAL_TASK_KEY = 'bng_border_training';

export const mofaProgramme: DemoDirective = {
  code: '01/CTr-BNG',
  kind: 'programme',
  body: 'Bộ Ngoại giao',
  issued: '2024-01-10',
  vi: 'Chương trình hành động thực hiện Nghị quyết Hội nghị Ngoại giao lần thứ 32: bảy nhiệm vụ trọng tâm',
  en: 'Action programme of the 32nd Diplomatic Conference: seven key tasks',
  fr: 'Programme d’action de la 32e Conférence diplomatique : sept tâches clés',
  sum: [
    'Bảy nhiệm vụ trọng tâm của toàn ngành ngoại giao đến cuối nhiệm kỳ, theo tinh thần “ngoại giao cây tre Việt Nam”.',
    'The diplomatic service’s seven key tasks to the end of the term, in the spirit of “Vietnamese bamboo diplomacy”.',
    'Les sept tâches clés du service diplomatique jusqu’à la fin du mandat, dans l’esprit de la « diplomatie du bambou ».',
  ],
  owner: 'mofa',
  vis: 'shared',
  groups: [
    { n: '1', vi: 'Bám sát Nghị quyết Đại hội XIII và chỉ đạo của Trung ương về đối ngoại', en: 'Follow the 13th Congress resolution and the Party’s guidance on foreign affairs', fr: 'Suivre la résolution du XIIIe Congrès et les orientations du Parti', tasks: [
      { k: 'bng_review', n: '1.1', vi: 'Sơ kết giữa nhiệm kỳ việc thực hiện đường lối đối ngoại', en: 'Mid-term review of the foreign policy’s implementation', fr: 'Bilan à mi-mandat de la mise en œuvre de la politique étrangère', lead: 'mofa', sup: ['central'], start: -360, due: -90, cad: 'once', pct: 100 },
      { k: 'bng_congress', n: '1.2', vi: 'Chuẩn bị nội dung đối ngoại cho đại hội đảng bộ các địa phương', en: 'Prepare the foreign-affairs content for the localities’ Party congresses', fr: 'Préparer le volet extérieur des congrès locaux du Parti', lead: 'mofa', sup: ['hanoi', 'hoabinh'], start: -300, due: -15, pct: 90 },
    ] },
    { n: '2', vi: 'Đưa quan hệ với các đối tác đi vào chiều sâu, thực chất', en: 'Deeper, more substantial relations with partners', fr: 'Des relations plus profondes et substantielles avec les partenaires', tasks: [
      { k: 'bng_commitments', n: '2.1', vi: 'Theo dõi thực hiện các thỏa thuận, cam kết đã đạt được với các đối tác', en: 'Track the agreements and commitments reached with partners', fr: 'Suivre les accords et engagements conclus avec les partenaires', lead: 'mofa', start: -365, due: null, rec: 'quarterly', pct: 70, ind: [['Cam kết đã hoàn thành', 'cam kết', 0, 80]] },
      { k: 'bng_lao_cam', n: '2.2', vi: 'Mở rộng hợp tác địa phương với Lào và Campuchia', en: 'Widen local cooperation with Laos and Cambodia', fr: 'Élargir la coopération locale avec le Laos et le Cambodge', lead: 'mofa', sup: ['hoabinh'], start: -330, due: 210, pct: 55, f: ['peace_solidarity'] },
    ] },
    { n: '3', vi: 'Nâng cao chất lượng, hiệu quả ngoại giao kinh tế', en: 'Better, more effective economic diplomacy', fr: 'Une diplomatie économique plus efficace', tasks: [
      { k: 'bng_fdi', n: '3.1', vi: 'Hỗ trợ địa phương thu hút FDI chất lượng cao và ODA thế hệ mới', en: 'Help localities attract high-quality FDI and new-generation ODA', fr: 'Aider les localités à attirer des IDE de qualité et une APD de nouvelle génération', lead: 'mofa', start: -340, due: 230, pct: 60, last: 'submitted', ind: [['Đoàn doanh nghiệp nước ngoài được giới thiệu', 'đoàn', 0, 40]], f: ['trade_investment'], w: 2 },
      { k: 'bng_green', n: '3.2', vi: 'Kết nối hợp tác chuyển đổi số, chuyển đổi xanh cho địa phương', en: 'Connect localities with digital and green transition cooperation', fr: 'Relier les localités aux coopérations de transition numérique et verte', lead: 'mofa', start: -250, due: 170, pct: 35, risk: true, f: ['digital_transformation', 'green_development'] },
    ] },
    { n: '4', vi: 'Bảo vệ vững chắc độc lập, chủ quyền, toàn vẹn lãnh thổ', en: 'Firmly defend independence, sovereignty and territorial integrity', fr: 'Défendre fermement l’indépendance, la souveraineté et l’intégrité territoriale', tasks: [
      { k: 'bng_boundary', n: '4.1', vi: 'Quản lý biên giới và hợp tác với các tỉnh giáp biên của nước bạn', en: 'Manage the border and cooperate with neighbouring provinces across it', fr: 'Gérer la frontière et coopérer avec les provinces voisines de l’autre côté', lead: 'mofa', sup: ['boundary'], start: -365, due: 280, cad: 'half_yearly', pct: 50 },
      { k: PROPOSAL_TASK_KEY, n: '4.2', vi: 'Mở lớp bồi dưỡng nghiệp vụ đối ngoại cho cán bộ các tỉnh biên giới phía Bắc', en: 'Train officials of the northern border provinces in foreign affairs', fr: 'Former aux affaires étrangères les cadres des provinces frontalières du Nord', lead: 'mofa', sup: ['boundary', 'langson', 'caobang', 'laocai'], start: -120, due: 70, pct: 40, ind: [['Học viên hoàn thành khóa', 'người', 0, 120]], f: ['education'] },
    ] },
    { n: '5', vi: 'Nâng tầm đối ngoại đa phương', en: 'Raise multilateral diplomacy', fr: 'Élever la diplomatie multilatérale', tasks: [
      { k: 'bng_events', n: '5.1', vi: 'Tổ chức thành công các sự kiện quốc tế Việt Nam đăng cai', en: 'Host the international events Viet Nam holds', fr: 'Réussir les événements internationaux accueillis par le Vietnam', lead: 'mofa', start: -300, due: 90, pct: 70 },
      { k: 'bng_food', n: '5.2', vi: 'Đóng góp sáng kiến về an ninh lương thực và biến đổi khí hậu', en: 'Contribute initiatives on food security and climate change', fr: 'Proposer des initiatives sur la sécurité alimentaire et le changement climatique', lead: 'mofa', start: -280, due: 250, pct: 45, f: ['climate_change'] },
    ] },
    { n: '6', vi: 'Công tác người Việt Nam ở nước ngoài, ngoại giao văn hóa và thông tin đối ngoại', en: 'Overseas Vietnamese, cultural diplomacy and external information', fr: 'Vietnamiens de l’étranger, diplomatie culturelle et information extérieure', tasks: [
      { k: 'bng_citizens', n: '6.1', vi: 'Bảo hộ công dân và hỗ trợ kiều bào hướng về quê hương', en: 'Protect citizens abroad and support overseas Vietnamese ties with home', fr: 'Protéger les citoyens et soutenir les liens des Vietnamiens de l’étranger avec le pays', lead: 'mofa', sup: ['overseas'], start: -365, due: 300, cad: 'monthly', pct: 60 },
      { k: 'bng_heritage', n: '6.2', vi: 'Triển khai ngoại giao số, ngoại giao di sản', en: 'Carry out digital and heritage diplomacy', fr: 'Mener une diplomatie numérique et patrimoniale', lead: 'mofa', sup: ['propaganda'], start: -280, due: 200, pct: 50, f: ['culture', 'digital_transformation'] },
    ] },
    { n: '7', vi: 'Xây dựng nền ngoại giao toàn diện, hiện đại; đào tạo, bồi dưỡng cán bộ', en: 'A comprehensive, modern diplomacy; training of officials', fr: 'Une diplomatie globale et moderne ; formation des cadres', tasks: [
      { k: 'bng_local_training', n: '7.1', vi: 'Bồi dưỡng đội ngũ cán bộ làm công tác đối ngoại địa phương', en: 'Train local foreign-affairs officials', fr: 'Former les cadres locaux des affaires étrangères', lead: 'mofa', sup: ['hanoi', 'hoabinh'], start: -350, due: 260, cad: 'half_yearly', pct: 55, ind: [['Cán bộ địa phương được bồi dưỡng', 'người', 0, 800]], f: ['education'] },
      { k: 'bng_missions', n: '7.2', vi: 'Chuẩn hóa cơ sở vật chất các cơ quan đại diện ở nước ngoài', en: 'Bring the missions abroad up to standard', fr: 'Mettre aux normes les représentations à l’étranger', lead: 'mofa', start: -300, due: -40, pct: 75 },
    ] },
  ],
};
