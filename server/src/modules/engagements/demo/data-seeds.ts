import type { DemoEngagement } from './types.js';

// The events the seed articles report, on their real dates (../shared/seeds):
// the 32nd Diplomatic Conference (19–23 December 2023: 23 sessions, 9 of them
// thematic, 300+ comments; seed 003), the review of people's diplomacy in 2023
// (3 January 2024, Hanoi; seed 004) and the training conference on foreign
// information for 14 northern provinces (7 August 2024, Hoa Binh; seed 002).
// The conference's agenda is reconstructed: the seeds give its totals and its
// themes (the ministry's seven key tasks), not the order of the sessions.

const diplo32Sessions: DemoEngagement['ses'] = [
  [0, '08:00', '10:00', 'Phiên khai mạc – phát biểu chỉ đạo của Tổng Bí thư', 'Nguyễn Phú Trọng', 'Hội trường chính'],
  [0, '10:15', '11:45', 'Phiên toàn thể: Báo cáo tổng kết công tác đối ngoại từ đầu nhiệm kỳ', 'Bùi Thanh Sơn', 'Hội trường chính'],
  [0, '13:30', '15:00', 'Phiên toàn thể: Tình hình thế giới và khu vực, cơ hội và thách thức', '', 'Hội trường chính'],
  [0, '15:15', '17:00', 'Phiên chuyên đề 1: Ngoại giao kinh tế – mạng lưới 16 FTA với 57 đối tác, FDI chất lượng cao', '', 'Phòng 1'],
  [1, '08:00', '09:30', 'Phiên toàn thể với Thủ tướng Chính phủ', 'Phạm Minh Chính', 'Hội trường chính'],
  [1, '09:45', '11:00', 'Chủ tịch nước gặp các Đại sứ, Trưởng cơ quan đại diện', 'Võ Văn Thưởng', 'Hội trường chính'],
  [1, '13:30', '15:00', 'Phiên chuyên đề 2: Quan hệ với các nước láng giềng, Lào, Campuchia và các đối tác quan trọng', '', 'Phòng 1'],
  [1, '13:30', '15:00', 'Phiên chuyên đề 3: Ngoại giao đa phương – Liên hợp quốc, UNESCO, Hội đồng Nhân quyền', '', 'Phòng 2'],
  [1, '15:15', '17:00', 'Phiên thảo luận tổ theo khu vực địa bàn', '', 'Các phòng tổ'],
  [2, '08:00', '09:30', 'Chủ tịch Quốc hội gặp các Đại sứ, Trưởng cơ quan đại diện', 'Vương Đình Huệ', 'Hội trường chính'],
  [2, '09:45', '11:00', 'Phiên toàn thể với Thường trực Ban Bí thư', 'Trương Thị Mai', 'Hội trường chính'],
  [2, '13:30', '15:00', 'Phiên chuyên đề 4: Bảo vệ độc lập, chủ quyền, toàn vẹn lãnh thổ; công tác biên giới', '', 'Phòng 1'],
  [2, '13:30', '15:00', 'Phiên chuyên đề 5: Công tác người Việt Nam ở nước ngoài và bảo hộ công dân', '', 'Phòng 2'],
  [2, '15:15', '17:00', 'Phiên chuyên đề 6: Ngoại giao văn hóa và thông tin đối ngoại', '', 'Phòng 1'],
  [3, '08:00', '09:30', 'Phiên toàn thể với Phó Thủ tướng Chính phủ', 'Trần Lưu Quang', 'Hội trường chính'],
  [3, '09:45', '11:30', 'Phiên chuyên đề 7: Ngoại giao số, ngoại giao công nghệ, ngoại giao di sản', '', 'Phòng 1'],
  [3, '13:30', '15:00', 'Phiên chuyên đề 8: Đối ngoại địa phương – lấy địa phương làm trung tâm phục vụ', '', 'Phòng 1'],
  [3, '13:30', '15:00', 'Phiên chuyên đề 9: Xây dựng ngành ngoại giao chuyên nghiệp, toàn diện, hiện đại', '', 'Phòng 2'],
  [3, '15:15', '17:00', 'Phiên toàn thể: Công tác xây dựng Đảng, đào tạo và bồi dưỡng cán bộ', '', 'Hội trường chính'],
  [4, '08:00', '09:30', 'Phiên toàn thể: Thảo luận dự thảo Nghị quyết và Chương trình hành động', '', 'Hội trường chính'],
  [4, '09:45', '11:00', 'Phiên toàn thể: Phối hợp ngoại giao Đảng, ngoại giao Nhà nước và đối ngoại nhân dân', '', 'Hội trường chính'],
  [4, '13:30', '14:30', 'Thông qua Nghị quyết và Chương trình hành động của Hội nghị', '', 'Hội trường chính'],
  [4, '14:45', '16:30', 'Phiên bế mạc – trao Bằng khen của Bộ trưởng', 'Bùi Thanh Sơn', 'Hội trường chính'],
];

export const seedEngagements: DemoEngagement[] = [
  {
    k: 'diplo32', kind: 'conference', on: '2023-12-19', days: 5, at: ['08:00', '16:30'], place: 'hanoi', venue: 'Hà Nội, trực tiếp kết hợp trực tuyến với các cơ quan đại diện',
    vi: 'Hội nghị Ngoại giao lần thứ 32', en: '32nd Diplomatic Conference', fr: '32e Conférence diplomatique',
    u: 'mofa', lvl: 'state_leader', f: ['trade_investment', 'peace_solidarity', 'information'],
    why: 'Hội nghị giữa nhiệm kỳ Đại hội XIII: đánh giá công tác đối ngoại từ đầu nhiệm kỳ, đề ra nhiệm vụ, giải pháp đến cuối nhiệm kỳ.',
    s: 'done', ses: diplo32Sessions,
    ppl: [['Nguyễn Phú Trọng', 'speaker'], ['Bùi Thanh Sơn', 'organiser'], ['@manager.central', 'speaker'], ['@officer.central', 'member']],
    out: 'Hội nghị diễn ra trong 23 phiên, trong đó 9 phiên chuyên đề, với hơn 300 ý kiến; đạt đồng thuận cao, thông qua Nghị quyết và Chương trình hành động; ngành tập trung vào 7 nhiệm vụ trọng tâm theo bản sắc "cây tre Việt Nam".',
    docs: ['Nghị quyết và Chương trình hành động Hội nghị Ngoại giao lần thứ 32'],
    fu: [
      ['Phổ biến Nghị quyết và Chương trình hành động Hội nghị Ngoại giao 32 tới các bộ, ngành, địa phương', '@officer.central', '2024-02-29', true],
      ['Tổng hợp 267 đề xuất, kiến nghị của các địa phương và phân công trả lời', '@manager.central', '2024-03-31', true],
    ],
  },
  {
    k: 'review2023', kind: 'conference', on: '2024-01-03', at: ['08:00', '11:30'], place: 'hanoi', venue: 'Ban Đối ngoại Trung ương',
    vi: 'Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023, triển khai nhiệm vụ năm 2024',
    en: 'Conference reviewing people-to-people diplomacy in 2023 and launching the tasks for 2024',
    fr: 'Conférence de bilan de la diplomatie populaire en 2023 et de lancement des tâches pour 2024',
    u: 'central', co: ['vff', 'vufo', 'writers', 'musicians', 'dance', 'photo'], lvl: 'central_agency', f: ['peace_solidarity', 'information'],
    why: 'Đánh giá kết quả công tác đối ngoại nhân dân năm 2023, triển khai nhiệm vụ năm 2024, khen thưởng tập thể và cá nhân tiêu biểu.',
    $: [180_000_000, 'VND'], s: 'done',
    ses: [
      [0, '08:00', '08:20', 'Khai mạc', 'Lê Hoài Trung'],
      [0, '08:20', '09:30', 'Báo cáo tổng kết công tác đối ngoại nhân dân năm 2023 và phương hướng năm 2024'],
      [0, '09:30', '10:45', 'Tham luận của Mặt trận Tổ quốc, các đoàn thể và tổ chức nhân dân'],
      [0, '10:45', '11:30', 'Khen thưởng và phát biểu chỉ đạo', 'Lê Hoài Trung'],
    ],
    ppl: [['Lê Hoài Trung', 'speaker'], ['@manager.central', 'organiser'], ['@officer.central', 'organiser'], ['@officer.vufo', 'member'], ['Trần Thị Thu Đông', 'guest'], ['Lê Quý Dương', 'guest']],
    out: 'Công tác đối ngoại nhân dân năm 2023 được đổi mới, đi vào chiều sâu. Ban Đối ngoại Trung ương tặng 5 cờ thi đua và 39 bằng khen, trao Kỷ niệm chương "Vì sự nghiệp đối ngoại nhân dân" cho 7 cá nhân; 13 cá nhân tiêu biểu được khen thưởng. Hội Nhà văn, Hội Nhạc sĩ, Hội Nghệ sĩ Múa và Hội Nghệ sĩ Nhiếp ảnh Việt Nam được tặng bằng khen.',
    fu: [
      ['Gửi báo cáo tổng kết năm 2023 tới các ban, bộ, ngành và tổ chức nhân dân', '@officer.central', '2024-01-20', true],
      ['Hướng dẫn đăng ký thi đua năm 2024 về đối ngoại nhân dân', '@officer.vufo', '2024-02-28', true],
    ],
  },
  {
    k: 'hoabinh_ttdn2024', kind: 'training', on: '2024-08-07', at: ['07:45', '16:30'], place: 'hoabinh', venue: 'Hội trường Tỉnh ủy Hòa Bình',
    vi: 'Hội nghị tập huấn công tác thông tin đối ngoại và công tác nhân quyền năm 2024',
    en: '2024 training conference on foreign information and human rights work',
    fr: 'Conférence de formation 2024 sur l’information extérieure et les droits de l’homme',
    u: 'hoabinh', org: 'propaganda', lvl: 'central_agency', f: ['information'],
    why: 'Ban Tuyên giáo Trung ương và Ban Chỉ đạo nhân quyền của Chính phủ phối hợp với Tỉnh ủy Hòa Bình tập huấn cho 14 tỉnh, thành phố trung du và miền núi phía Bắc.',
    $: [250_000_000, 'VND'], s: 'done',
    ses: [
      [0, '07:45', '08:15', 'Phát biểu khai mạc', 'Bùi Đức Hinh, Phó Bí thư Thường trực Tỉnh ủy'],
      [0, '08:15', '09:45', 'Hướng dẫn triển khai Nghị quyết số 47/NQ-CP ngày 15/4/2024 gắn với đặc điểm các tỉnh trong vùng', 'Đinh Tiến Dũng, Phó Cục trưởng Cục Thông tin đối ngoại'],
      [0, '10:00', '11:30', 'Nội dung cốt lõi của Kết luận số 71-KL/TW ngày 16/2/2024 của Bộ Chính trị', 'Đặng Thị Phương Thảo, Phó Vụ trưởng Vụ Chính sách đối ngoại'],
      [0, '13:30', '15:00', 'Công tác nhân quyền: kết quả và định hướng', 'Thiếu tướng Nguyễn Văn Kỷ'],
      [0, '15:00', '16:30', 'Vấn đề nhân quyền tại các diễn đàn đa phương, quốc tế và ứng xử của Việt Nam', 'Nguyễn Vũ Minh, Phó Vụ trưởng Vụ Các tổ chức quốc tế'],
    ],
    ppl: [['Phan Xuân Thủy', 'speaker'], ['Bùi Đức Hinh', 'speaker'], ['@manager.hoabinh', 'organiser'], ['@officer.hoabinh', 'organiser'], ['@officer.central', 'member']],
    out: 'Lãnh đạo và cán bộ của 14 tỉnh, thành phố trung du và miền núi phía Bắc được quán triệt 5 nhóm nhiệm vụ của Nghị quyết 47/NQ-CP, 8 nhóm nhiệm vụ, giải pháp của Kết luận 71-KL/TW và 9 điều ước quốc tế cốt lõi về quyền con người; các tỉnh rà soát kế hoạch thực hiện Kết luận 57-KL/TW.',
    fu: [
      ['Rà soát, bổ sung kế hoạch thực hiện Kết luận 57-KL/TW của tỉnh cho thống nhất với Nghị quyết 47/NQ-CP', '@officer.hoabinh', '2024-09-30', true],
      ['Gửi tài liệu hội nghị cho 14 tỉnh, thành phố dự tập huấn', '@officer.central', '2024-08-16', true],
    ],
  },
];
