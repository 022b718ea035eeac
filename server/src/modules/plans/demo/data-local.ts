import type { DemoDirective } from './data-types.js';

// Seed 001: Directive 45-CT/TU of the Standing Committee of the Hanoi Party Committee on people's
// diplomacy (its date is not in the seed: the demo puts it about fourteen months back). Then the
// cascade of Resolution 47/NQ-CP: Hanoi's and Hoa Binh's own plans implementing the tasks they
// lead, each seen by its province only, and Hoan Kiem's plan under a task of Hanoi's plan.

export const hanoiDirective45: DemoDirective = {
  code: '45-CT/TU',
  kind: 'directive',
  body: 'Ban Thường vụ Thành ủy Hà Nội',
  issued: -420,
  vi: 'Chỉ thị về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả công tác đối ngoại nhân dân của Thủ đô trong tình hình mới',
  en: 'Directive on stronger Party leadership and more effective people’s diplomacy of the capital in the new situation',
  fr: 'Directive sur le renforcement de la direction du Parti et l’efficacité de la diplomatie populaire de la capitale',
  sum: [
    'Đưa đối ngoại nhân dân của Hà Nội trở thành tiêu biểu của cả nước; “chủ động, linh hoạt, sáng tạo, hiệu quả”.',
    'Make Hanoi’s people’s diplomacy a model for the country: “proactive, flexible, creative, effective”.',
    'Faire de la diplomatie populaire de Hanoï un modèle pour le pays : « proactive, flexible, créative, efficace ».',
  ],
  owner: 'hanoi',
  vis: 'shared',
  groups: [
    { n: '1', vi: 'Nâng cao nhận thức về vị trí, vai trò của đối ngoại nhân dân', en: 'Awareness of the place and role of people’s diplomacy', fr: 'Sensibilisation à la place et au rôle de la diplomatie populaire', tasks: [
      { k: 'ct45_awareness', n: '1.1', vi: 'Quán triệt Chỉ thị 45-CT/TU tới các cấp ủy, chính quyền, Mặt trận và đoàn thể', en: 'Brief Party committees, authorities, the Front and mass organisations on Directive 45-CT/TU', fr: 'Diffuser la directive 45-CT/TU aux comités du Parti, autorités, Front et organisations', lead: 'hanoi', sup: ['hoankiem'], start: -400, due: -300, cad: 'once', pct: 100 },
    ] },
    { n: '2', vi: 'Đổi mới nội dung, phương thức đối ngoại nhân dân và công tác phi chính phủ nước ngoài', en: 'New content and methods of people’s diplomacy and foreign NGO work', fr: 'Contenus et méthodes renouvelés de la diplomatie populaire et du travail avec les ONG étrangères', tasks: [
      { k: 'ct45_ngo', n: '2.1', vi: 'Nâng cao hiệu quả vận động viện trợ phi chính phủ nước ngoài cho Thủ đô', en: 'Raise foreign NGO aid for the capital more effectively', fr: 'Mobiliser plus efficacement l’aide des ONG étrangères pour la capitale', lead: 'hanoi', sup: ['vufo'], start: -380, due: 200, pct: 60, last: 'submitted', ind: [['Dự án phi chính phủ được phê duyệt', 'dự án', 0, 30]], f: ['humanitarian_aid'] },
      { k: 'ct45_youth', n: '2.2', vi: 'Thu hút thanh niên, trí thức, doanh nhân, văn nghệ sĩ tham gia đối ngoại nhân dân', en: 'Bring young people, intellectuals, business people and artists into people’s diplomacy', fr: 'Associer jeunes, intellectuels, entrepreneurs et artistes à la diplomatie populaire', lead: 'hanoi', start: -360, due: -20, pct: 85, f: ['youth', 'culture'] },
    ] },
    { n: '3', vi: 'Đối ngoại nhân dân trên lĩnh vực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', en: 'People’s diplomacy in science, technology, innovation and digital transformation', fr: 'Diplomatie populaire dans les sciences, la technologie, l’innovation et la transformation numérique', tasks: [
      { k: 'ct45_scientists', n: '3.1', vi: 'Kết nối nhà khoa học quốc tế, chuyên gia kiều bào với các đối tác của Thủ đô', en: 'Connect international scientists and overseas Vietnamese experts with the capital’s partners', fr: 'Relier scientifiques internationaux et experts vietnamiens de l’étranger aux partenaires de la capitale', lead: 'hanoi', sup: ['vufo'], start: -350, due: 240, pct: 50, f: ['science_technology', 'innovation'] },
      { k: 'ct45_forum', n: '3.2', vi: 'Tổ chức diễn đàn quốc tế về đổi mới sáng tạo và chuyển đổi số', en: 'Hold an international forum on innovation and digital transformation', fr: 'Organiser un forum international sur l’innovation et la transformation numérique', lead: 'hanoi', start: -200, due: 60, pct: 70, f: ['innovation', 'digital_transformation'] },
    ] },
    { n: '4', vi: 'Phát huy vai trò cộng đồng người Việt Nam ở nước ngoài và danh hiệu “Công dân danh dự Thủ đô”', en: 'Overseas Vietnamese, and the title “Honorary Citizen of Hanoi”', fr: 'Vietnamiens de l’étranger et titre de « Citoyen d’honneur de Hanoï »', tasks: [
      { k: 'ct45_citizens', n: '4.1', vi: 'Nâng cao uy tín danh hiệu “Công dân danh dự Thủ đô Hà Nội”', en: 'Enhance the prestige of the title “Honorary Citizen of Hanoi”', fr: 'Renforcer le prestige du titre de « Citoyen d’honneur de Hanoï »', lead: 'hanoi', start: -300, due: 120, cad: 'yearly', pct: 50 },
    ] },
    { n: '5', vi: 'Đấu tranh phản bác thông tin sai lệch, bảo vệ tình hữu nghị', en: 'Countering disinformation, protecting friendship', fr: 'Lutter contre la désinformation, protéger l’amitié', tasks: [
      { k: 'ct45_rebut', n: '5.1', vi: 'Phản bác thông tin sai lệch, luận điệu xuyên tạc về Thủ đô', en: 'Rebut false information and distorted arguments about the capital', fr: 'Réfuter les fausses informations et arguments déformés sur la capitale', lead: 'hanoi', sup: ['hoankiem'], start: -365, due: 280, cad: 'monthly', pct: 60, f: ['information'] },
    ] },
  ],
};

export const hanoiPlan: DemoDirective = {
  code: '215/KH-UBND',
  kind: 'plan',
  body: 'Ủy ban nhân dân thành phố Hà Nội',
  issued: -300,
  vi: 'Kế hoạch thông tin đối ngoại của thành phố Hà Nội thực hiện Nghị quyết 47/NQ-CP',
  en: 'Hanoi’s external information plan implementing Resolution 47/NQ-CP',
  fr: 'Plan d’information extérieure de Hanoï en application de la résolution 47/NQ-CP',
  sum: ['Cụ thể hóa nhiệm vụ 1.2 của Nghị quyết 47/NQ-CP cho Thủ đô.', 'Task 1.2 of Resolution 47/NQ-CP, for the capital.', 'La tâche 1.2 de la résolution 47/NQ-CP, pour la capitale.'],
  owner: 'hanoi',
  vis: 'unit',
  implements: 'nq47_hanoi',
  tasks: [
    { k: 'hn_portal', n: '1', vi: 'Nâng cấp cổng thông tin đối ngoại Hà Nội bằng tiếng Anh và tiếng Pháp', en: 'Upgrade Hanoi’s external information portal in English and French', fr: 'Moderniser le portail d’information extérieure de Hanoï en anglais et en français', lead: 'hanoi', start: -290, due: 60, pct: 75, f: ['information', 'digital_transformation'], w: 2 },
    { k: 'hn_press', n: '2', vi: 'Tổ chức đoàn phóng viên nước ngoài tìm hiểu Thủ đô', en: 'Host foreign reporters’ study tours of the capital', fr: 'Accueillir des journalistes étrangers en voyage d’étude dans la capitale', lead: 'hanoi', start: -280, due: -10, pct: 100 },
    { k: 'hn_oldquarter', n: '3', vi: 'Quảng bá hình ảnh phố cổ và hồ Hoàn Kiếm tới bạn bè quốc tế', en: 'Promote the Old Quarter and Hoan Kiem Lake to international friends', fr: 'Faire connaître le vieux quartier et le lac Hoan Kiem aux amis étrangers', lead: 'hoankiem', start: -250, due: 150, pct: 0, f: ['tourism', 'culture'] },
    { k: 'hn_rebut', n: '4', vi: 'Phối hợp phản bác thông tin sai lệch về Thủ đô trên mạng xã hội', en: 'Rebut false information about the capital on social networks', fr: 'Réfuter les fausses informations sur la capitale dans les réseaux sociaux', lead: 'hanoi', start: -290, due: 200, cad: 'monthly', pct: 55, f: ['information'] },
  ],
};

export const hoankiemPlan: DemoDirective = {
  code: '38/KH-UBND',
  kind: 'plan',
  body: 'Ủy ban nhân dân quận Hoàn Kiếm',
  issued: -240,
  vi: 'Kế hoạch quảng bá hình ảnh quận Hoàn Kiếm tới bạn bè quốc tế',
  en: 'Hoan Kiem District’s plan to promote its image abroad',
  fr: 'Plan de promotion de l’image du district de Hoan Kiem à l’étranger',
  sum: ['Thực hiện nhiệm vụ 3 của kế hoạch thông tin đối ngoại thành phố.', 'Task 3 of the city’s external information plan.', 'La tâche 3 du plan d’information extérieure de la ville.'],
  owner: 'hoankiem',
  vis: 'unit',
  implements: 'hn_oldquarter',
  tasks: [
    { k: 'hk_guides', n: '1', vi: 'Bồi dưỡng ngoại ngữ cho hướng dẫn viên và tình nguyện viên khu phố cổ', en: 'Language training for Old Quarter guides and volunteers', fr: 'Formation en langues des guides et bénévoles du vieux quartier', lead: 'hoankiem', start: -230, due: 90, pct: 60, ind: [['Hướng dẫn viên được bồi dưỡng', 'người', 0, 150]], f: ['tourism', 'education'] },
    { k: 'hk_festival', n: '2', vi: 'Tổ chức Ngày hội Văn hóa phố cổ cho du khách quốc tế', en: 'Hold the Old Quarter Culture Day for international visitors', fr: 'Organiser la Journée culturelle du vieux quartier pour les visiteurs étrangers', lead: 'hoankiem', start: -200, due: -25, cad: 'once', pct: 100, f: ['culture', 'tourism'] },
    { k: 'hk_signs', n: '3', vi: 'Thay biển chỉ dẫn song ngữ tại các điểm di tích', en: 'Replace bilingual signs at the heritage sites', fr: 'Remplacer les panneaux bilingues des sites patrimoniaux', lead: 'hoankiem', start: -180, due: 120, pct: 30, risk: true, f: ['tourism'] },
  ],
};

export const hoabinhPlan: DemoDirective = {
  code: '112/KH-UBND',
  kind: 'plan',
  body: 'Ủy ban nhân dân tỉnh Hòa Bình',
  issued: -290,
  vi: 'Kế hoạch thông tin đối ngoại của tỉnh Hòa Bình thực hiện Nghị quyết 47/NQ-CP',
  en: 'Hoa Binh’s external information plan implementing Resolution 47/NQ-CP',
  fr: 'Plan d’information extérieure de Hoa Binh en application de la résolution 47/NQ-CP',
  sum: ['Cụ thể hóa nhiệm vụ 1.3 của Nghị quyết 47/NQ-CP cho tỉnh.', 'Task 1.3 of Resolution 47/NQ-CP, for the province.', 'La tâche 1.3 de la résolution 47/NQ-CP, pour la province.'],
  owner: 'hoabinh',
  vis: 'unit',
  implements: 'nq47_hoabinh',
  tasks: [
    { k: 'hb_muong', n: '1', vi: 'Quảng bá di sản văn hóa Mường tới bạn bè quốc tế', en: 'Promote Muong cultural heritage to international friends', fr: 'Faire connaître le patrimoine culturel muong aux amis étrangers', lead: 'hoabinh', start: -280, due: 150, pct: 55, last: 'submitted', f: ['culture', 'tourism'], w: 2 },
    { k: 'hb_publication', n: '2', vi: 'Xuất bản ấn phẩm giới thiệu tỉnh bằng tiếng Anh, tiếng Pháp', en: 'Publish an introduction to the province in English and French', fr: 'Publier une présentation de la province en anglais et en français', lead: 'hoabinh', start: -270, due: -10, pct: 70, f: ['information'] },
    { k: 'hb_investors', n: '3', vi: 'Cung cấp thông tin cho nhà đầu tư nước ngoài về môi trường đầu tư của tỉnh', en: 'Inform foreign investors about the province’s investment climate', fr: 'Informer les investisseurs étrangers du climat d’investissement de la province', lead: 'hoabinh', start: -260, due: 180, pct: 45, f: ['trade_investment'] },
  ],
};
