import type { DemoDirective } from './data-types.js';

// Seed 002: Resolution 47/NQ-CP (15 April 2024), the Government's action programme to 2030
// implementing Conclusion 57-KL/TW on external information, in its five task groups; and
// Conclusion 71-KL/TW (16 February 2024) of the Politburo with its eight groups of tasks and
// solutions. The groups follow the seed; the tasks under them are the demo's.

export const resolution47: DemoDirective = {
  code: '47/NQ-CP',
  kind: 'resolution',
  body: 'Chính phủ',
  issued: '2024-04-15',
  vi: 'Nghị quyết ban hành Chương trình hành động của Chính phủ đến năm 2030 thực hiện Kết luận số 57-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới',
  en: 'Resolution on the Government’s action programme to 2030 implementing Politburo Conclusion 57-KL/TW on improving the quality and effectiveness of external information in the new situation',
  fr: 'Résolution sur le programme d’action du gouvernement jusqu’en 2030 pour mettre en œuvre la conclusion 57-KL/TW du Bureau politique sur l’information extérieure',
  sum: [
    'Năm nhóm nhiệm vụ: phổ biến, quán triệt; phối hợp và quản lý nhà nước; đổi mới nội dung, phương thức; đấu tranh phản bác thông tin sai trái; tăng cường nguồn lực.',
    'Five task groups: dissemination; coordination and state management; new content and methods; countering false information; resources.',
    'Cinq groupes de tâches : diffusion ; coordination et gestion publique ; contenus et méthodes ; lutte contre les fausses informations ; ressources.',
  ],
  owner: 'central',
  vis: 'shared',
  groups: [
    {
      n: '1', vi: 'Phổ biến, quán triệt, tuyên truyền và xây dựng chương trình hành động', en: 'Dissemination, propaganda and action programmes', fr: 'Diffusion, propagande et programmes d’action',
      tasks: [
        { k: 'nq47_conf', n: '1.1', vi: 'Tổ chức hội nghị quán triệt Kết luận 57-KL/TW và Nghị quyết 47/NQ-CP', en: 'Hold a conference on Conclusion 57-KL/TW and Resolution 47/NQ-CP', fr: 'Organiser une conférence sur la conclusion 57-KL/TW et la résolution 47/NQ-CP', lead: 'central', sup: ['propaganda', 'mofa'], start: -340, due: -250, cad: 'once', pct: 100, f: ['information'] },
        { k: 'nq47_hanoi', n: '1.2', vi: 'Xây dựng và triển khai kế hoạch thông tin đối ngoại của thành phố Hà Nội', en: 'Draw up and carry out Hanoi’s external information plan', fr: 'Élaborer et mettre en œuvre le plan d’information extérieure de Hanoï', lead: 'hanoi', start: -320, due: 100, pct: 0, f: ['information'], w: 2 },
        { k: 'nq47_hoabinh', n: '1.3', vi: 'Xây dựng và triển khai kế hoạch thông tin đối ngoại của tỉnh Hòa Bình', en: 'Draw up and carry out Hoa Binh’s external information plan', fr: 'Élaborer et mettre en œuvre le plan d’information extérieure de Hoa Binh', lead: 'hoabinh', start: -320, due: 100, pct: 0, f: ['information'] },
      ],
    },
    {
      n: '2', vi: 'Tăng cường phối hợp, nâng cao trách nhiệm quản lý nhà nước, hoàn thiện cơ chế, chính sách về thông tin đối ngoại', en: 'Coordination, state management, mechanisms and policies of external information', fr: 'Coordination, gestion publique, mécanismes et politiques de l’information extérieure',
      tasks: [
        { k: 'nq47_rules', n: '2.1', vi: 'Rà soát, sửa đổi quy chế phối hợp thông tin đối ngoại giữa các cơ quan Trung ương và địa phương', en: 'Revise the rules of coordination on external information between central and local bodies', fr: 'Réviser les règles de coordination de l’information extérieure entre organes centraux et locaux', lead: 'mofa', sup: ['propaganda', 'central'], start: -300, due: -30, pct: 80, f: ['information'] },
        { k: 'nq47_vufo_report', n: '2.2', vi: 'Báo cáo định kỳ kết quả thông tin đối ngoại của các tổ chức hữu nghị', en: 'Report each quarter on the friendship organisations’ external information', fr: 'Rendre compte chaque trimestre de l’information extérieure des organisations d’amitié', lead: 'vufo', sup: ['writers', 'photo'], start: -365, due: null, rec: 'quarterly', pct: 75, last: 'submitted', f: ['information', 'peace_solidarity'] },
      ],
    },
    {
      n: '3', vi: 'Đổi mới tư duy, nội dung và phương thức thông tin đối ngoại', en: 'New thinking, content and methods of external information', fr: 'Innovation de la pensée, des contenus et des méthodes de l’information extérieure',
      tasks: [
        { k: 'nq47_digital', n: '3.1', vi: 'Phát triển nội dung thông tin đối ngoại đa ngôn ngữ trên nền tảng số', en: 'Develop multilingual external information content on digital platforms', fr: 'Développer des contenus multilingues d’information extérieure sur les plateformes numériques', lead: 'mofa', sup: ['propaganda'], start: -330, due: 220, pct: 55, ind: [['Tin, bài đa ngôn ngữ được đăng tải', 'bài', 0, 400]], f: ['information', 'digital_transformation'], w: 2 },
        { k: 'nq47_award', n: '3.2', vi: 'Tổ chức Giải thưởng toàn quốc về thông tin đối ngoại', en: 'Organise the National Award for External Information', fr: 'Organiser le Prix national de l’information extérieure', lead: 'central', sup: ['propaganda', 'writers', 'photo'], start: -280, due: 40, pct: 70, f: ['information', 'culture'] },
      ],
    },
    {
      n: '4', vi: 'Đẩy mạnh đấu tranh phản bác thông tin sai trái, xấu độc, ảnh hưởng đến hình ảnh quốc gia', en: 'Countering false and hostile information that harms the national image', fr: 'Lutte contre les informations fausses et hostiles qui ternissent l’image nationale',
      tasks: [
        { k: 'nq47_rights', n: '4.1', vi: 'Theo dõi, phản bác thông tin sai lệch về tình hình nhân quyền của Việt Nam', en: 'Watch and rebut false claims about human rights in Viet Nam', fr: 'Surveiller et réfuter les fausses affirmations sur les droits de l’homme au Vietnam', lead: 'central', sup: ['mofa', 'propaganda'], start: -365, due: 300, cad: 'monthly', pct: 65, last: { returned: 'Báo cáo chưa nêu số bài phản bác theo từng ngôn ngữ; đề nghị bổ sung số liệu chỉ số và gửi lại.' }, ind: [['Bài phản bác được đăng tải', 'bài', 0, 120]], f: ['information'] },
        { k: 'nq47_press', n: '4.2', vi: 'Cung cấp thông tin chính thống cho báo chí nước ngoài về các sự kiện lớn của đất nước', en: 'Brief foreign media on the country’s major events', fr: 'Informer la presse étrangère des grands événements du pays', lead: 'mofa', start: -365, due: 190, pct: 75, last: 'submitted', f: ['information'] },
      ],
    },
    {
      n: '5', vi: 'Tăng cường nguồn lực, khuyến khích và huy động nguồn lực xã hội cho công tác thông tin đối ngoại', en: 'More resources, and social resources mobilised for external information', fr: 'Renforcement des ressources et mobilisation des ressources sociales pour l’information extérieure',
      tasks: [
        { k: 'nq47_funds', n: '5.1', vi: 'Huy động nguồn lực xã hội hóa cho các hoạt động quảng bá hình ảnh quốc gia', en: 'Mobilise private resources to promote the national image', fr: 'Mobiliser des ressources privées pour promouvoir l’image nationale', lead: 'vufo', sup: ['vff'], start: -250, due: 130, pct: 40, risk: true, f: ['information', 'culture'] },
        { k: 'nq47_training', n: '5.2', vi: 'Bồi dưỡng nghiệp vụ thông tin đối ngoại cho phóng viên và cán bộ địa phương', en: 'Train reporters and local officials in external information', fr: 'Former les journalistes et les cadres locaux à l’information extérieure', lead: 'central', sup: ['mofa', 'propaganda'], start: -365, due: 280, cad: 'half_yearly', pct: 50, ind: [['Cán bộ được bồi dưỡng', 'người', 0, 600]], f: ['information', 'education'] },
      ],
    },
  ],
};

export const conclusion71: DemoDirective = {
  code: '71-KL/TW',
  kind: 'conclusion',
  body: 'Bộ Chính trị',
  issued: '2024-02-16',
  vi: 'Kết luận của Bộ Chính trị về một số nhiệm vụ, giải pháp lớn triển khai đường lối đối ngoại Đại hội XIII của Đảng',
  en: 'Politburo Conclusion on major tasks and solutions to carry out the foreign policy of the 13th Party Congress',
  fr: 'Conclusion du Bureau politique sur les grandes tâches et solutions de la politique étrangère du XIIIe Congrès du Parti',
  sum: [
    'Tám nhóm nhiệm vụ, giải pháp lớn: láng giềng, nước lớn, Đông Nam Á và Mê Công, đa phương, ngoại giao kinh tế, chủ quyền, đối ngoại nhân dân, lực lượng đối ngoại.',
    'Eight groups: neighbours, major countries, South-East Asia and the Mekong, multilateral diplomacy, economic diplomacy, sovereignty, people’s diplomacy, the foreign service.',
    'Huit groupes : voisins, grands pays, Asie du Sud-Est et Mékong, multilatéral, diplomatie économique, souveraineté, diplomatie populaire, service diplomatique.',
  ],
  owner: 'central',
  vis: 'shared',
  groups: [
    { n: '1', vi: 'Quan hệ với các nước láng giềng Trung Quốc, Lào, Campuchia', en: 'Relations with the neighbours China, Laos and Cambodia', fr: 'Relations avec les voisins Chine, Laos et Cambodge', tasks: [
      { k: 'kl71_laos', n: '1.1', vi: 'Tăng cường giao lưu hữu nghị nhân dân với Lào và Campuchia', en: 'More people-to-people friendship exchanges with Laos and Cambodia', fr: 'Davantage d’échanges d’amitié entre les peuples avec le Laos et le Cambodge', lead: 'vufo', sup: ['vff'], start: -360, due: 220, pct: 70, ind: [['Đoàn giao lưu được tổ chức', 'đoàn', 0, 24]], f: ['peace_solidarity'] },
      { k: 'kl71_china', n: '1.2', vi: 'Tổ chức Diễn đàn nhân dân Việt Nam – Trung Quốc', en: 'Hold the Viet Nam – China People’s Forum', fr: 'Tenir le Forum des peuples Vietnam – Chine', lead: 'central', sup: ['vufo'], start: -300, due: -45, pct: 60, f: ['peace_solidarity', 'youth'] },
    ] },
    { n: '2', vi: 'Quan hệ với các nước lớn và các đối tác quan trọng', en: 'Relations with major countries and important partners', fr: 'Relations avec les grands pays et les partenaires importants', tasks: [
      { k: 'kl71_major', n: '2.1', vi: 'Làm sâu sắc quan hệ đối tác chiến lược toàn diện trên kênh nhân dân', en: 'Deepen comprehensive strategic partnerships through people-to-people channels', fr: 'Approfondir les partenariats stratégiques globaux par les canaux populaires', lead: 'vufo', start: -330, due: 200, pct: 60, f: ['peace_solidarity'] },
      { k: 'kl71_friends', n: '2.2', vi: 'Củng cố mạng lưới bạn bè truyền thống tại các nước đối tác quan trọng', en: 'Strengthen the network of traditional friends in key partner countries', fr: 'Renforcer le réseau d’amis traditionnels dans les pays partenaires clés', lead: 'central', sup: ['vufo'], start: -330, due: 260, pct: 45, f: ['peace_solidarity'] },
    ] },
    { n: '3', vi: 'Quan hệ với các nước Đông Nam Á và tiểu vùng Mê Công', en: 'Relations with South-East Asia and the Mekong subregion', fr: 'Relations avec l’Asie du Sud-Est et la sous-région du Mékong', tasks: [
      { k: 'kl71_asean', n: '3.1', vi: 'Tham gia Diễn đàn nhân dân ASEAN', en: 'Take part in the ASEAN People’s Forum', fr: 'Participer au Forum des peuples de l’ASEAN', lead: 'vufo', start: -300, due: -60, cad: 'once', pct: 100, f: ['peace_solidarity'] },
      { k: 'kl71_mekong', n: '3.2', vi: 'Thúc đẩy hợp tác nhân dân tiểu vùng Mê Công về môi trường và sinh kế', en: 'Promote people-to-people Mekong cooperation on environment and livelihoods', fr: 'Promouvoir la coopération populaire du Mékong sur l’environnement et les moyens de subsistance', lead: 'mofa', sup: ['vufo'], start: -280, due: 240, pct: 35, risk: true, f: ['environment', 'climate_change'] },
    ] },
    { n: '4', vi: 'Nâng tầm đối ngoại đa phương', en: 'Raising multilateral diplomacy', fr: 'Élever la diplomatie multilatérale', tasks: [
      { k: 'kl71_un', n: '4.1', vi: 'Phát huy vai trò thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023-2025', en: 'Play an active part as a member of the UN Human Rights Council 2023-2025', fr: 'Jouer un rôle actif au Conseil des droits de l’homme des Nations unies 2023-2025', lead: 'mofa', start: -365, due: -20, pct: 100, f: ['information'] },
      { k: 'kl71_unesco', n: '4.2', vi: 'Vận động ứng cử vào các cơ chế của UNESCO', en: 'Campaign for seats in UNESCO bodies', fr: 'Faire campagne pour des sièges dans les organes de l’UNESCO', lead: 'mofa', start: -250, due: 150, pct: 50, f: ['culture'] },
    ] },
    { n: '5', vi: 'Ngoại giao kinh tế phục vụ phát triển', en: 'Economic diplomacy for development', fr: 'Diplomatie économique au service du développement', tasks: [
      { k: 'kl71_fta', n: '5.1', vi: 'Hỗ trợ địa phương tận dụng mạng lưới 16 hiệp định thương mại tự do', en: 'Help localities use the network of 16 free-trade agreements', fr: 'Aider les localités à tirer parti du réseau de 16 accords de libre-échange', lead: 'mofa', start: -340, due: 210, pct: 65, ind: [['Hội nghị xúc tiến tổ chức cho địa phương', 'hội nghị', 0, 12]], f: ['trade_investment'] },
      { k: 'kl71_business', n: '5.2', vi: 'Kết nối doanh nhân kiều bào với doanh nghiệp trong nước', en: 'Connect overseas Vietnamese entrepreneurs with domestic firms', fr: 'Mettre en relation les entrepreneurs vietnamiens de l’étranger et les entreprises du pays', lead: 'hoabinh', sup: ['mofa'], start: -200, due: 160, pct: 40, f: ['trade_investment'] },
    ] },
    { n: '6', vi: 'Kiên quyết bảo vệ độc lập, chủ quyền, toàn vẹn lãnh thổ, giữ vững môi trường hòa bình', en: 'Defending independence, sovereignty and territory; keeping a peaceful environment', fr: 'Défendre l’indépendance, la souveraineté et le territoire ; préserver un environnement pacifique', tasks: [
      { k: 'kl71_border', n: '6.1', vi: 'Xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển', en: 'Build a border of peace, friendship, cooperation and development', fr: 'Construire une frontière de paix, d’amitié, de coopération et de développement', lead: 'mofa', sup: ['boundary'], start: -365, due: 300, cad: 'half_yearly', pct: 55, f: ['peace_solidarity'] },
      { k: 'kl71_sea', n: '6.2', vi: 'Tuyên truyền về chủ quyền biển, đảo tới bạn bè quốc tế', en: 'Inform international friends about sovereignty over seas and islands', fr: 'Informer les amis internationaux de la souveraineté sur les mers et les îles', lead: 'central', sup: ['propaganda'], start: -300, due: 180, pct: 60, f: ['information'] },
    ] },
    { n: '7', vi: 'Đối ngoại nhân dân và ngoại giao văn hóa', en: 'People’s diplomacy and cultural diplomacy', fr: 'Diplomatie populaire et diplomatie culturelle', tasks: [
      { k: 'kl71_culture', n: '7.1', vi: 'Tổ chức Tuần Văn hóa Việt Nam ở nước ngoài', en: 'Hold Vietnamese Culture Weeks abroad', fr: 'Organiser des Semaines de la culture vietnamienne à l’étranger', lead: 'vufo', sup: ['musicians', 'dance'], start: -330, due: 120, pct: 80, last: 'corrected', f: ['culture'] },
      { k: 'kl71_ngo', n: '7.2', vi: 'Vận động viện trợ phi chính phủ nước ngoài cho các tỉnh khó khăn', en: 'Raise foreign NGO aid for provinces in difficulty', fr: 'Mobiliser l’aide des ONG étrangères pour les provinces en difficulté', lead: 'vufo', sup: ['hoabinh'], start: -365, due: 250, pct: 55, ind: [['Giá trị viện trợ cam kết', 'triệu USD', 0, 50]], f: ['humanitarian_aid'] },
    ] },
    { n: '8', vi: 'Công tác người Việt Nam ở nước ngoài và xây dựng lực lượng đối ngoại', en: 'Overseas Vietnamese and the foreign service', fr: 'Vietnamiens de l’étranger et service diplomatique', tasks: [
      { k: 'kl71_diaspora', n: '8.1', vi: 'Hỗ trợ cộng đồng người Việt Nam ở nước ngoài giữ gìn tiếng Việt', en: 'Help overseas Vietnamese communities keep the Vietnamese language', fr: 'Aider les communautés vietnamiennes de l’étranger à préserver la langue vietnamienne', lead: 'mofa', sup: ['overseas'], start: -365, due: 240, pct: 60, f: ['education', 'culture'] },
      { k: 'kl71_cadres', n: '8.2', vi: 'Đào tạo, bồi dưỡng cán bộ làm công tác đối ngoại nhân dân', en: 'Train officials working in people’s diplomacy', fr: 'Former les cadres de la diplomatie populaire', lead: 'central', sup: ['vufo'], start: -340, due: 200, cad: 'half_yearly', pct: 50, f: ['education'] },
    ] },
  ],
};
