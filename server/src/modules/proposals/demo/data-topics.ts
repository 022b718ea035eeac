// What localities ask the Ministry (seed 003: investment, twinning, training of local diplomats,
// overseas Vietnamese, foreign NGO aid, borders, delegations and conferences). {p} is the
// locality's short name, {c} a partner country, {n} the neighbour across its border.
// `to` says who takes it: the Ministry (default) or the Central Commission, and which of the
// Ministry's bodies handles it.

export interface DemoTopic {
  key: string;
  field: string;
  titles: string[];
  body: string;
  answer: string;
  to?: 'central';
  handling?: 'overseas' | 'boundary';
  /** Border provinces only. */
  border?: boolean;
}

export const topics: DemoTopic[] = [
  { key: 'investment', field: 'trade_investment', titles: ['Đề nghị hỗ trợ tổ chức hội nghị xúc tiến đầu tư của tỉnh {p} tại {c}', 'Đề nghị giới thiệu nhà đầu tư {c} vào các khu công nghiệp của {p}', 'Đề nghị hỗ trợ quảng bá nông sản của {p} tại thị trường {c}'],
    body: '{p} đề nghị Bộ Ngoại giao chỉ đạo Cơ quan đại diện Việt Nam tại {c} hỗ trợ kết nối doanh nghiệp, cung cấp thông tin thị trường và giới thiệu đối tác phù hợp với định hướng thu hút đầu tư của địa phương.',
    answer: 'Bộ Ngoại giao đã chỉ đạo Cơ quan đại diện tại {c} phối hợp với địa phương xây dựng chương trình, giới thiệu danh sách đối tác và hỗ trợ tổ chức các buổi làm việc với doanh nghiệp sở tại.' },
  { key: 'twinning', field: 'peace_solidarity', titles: ['Đề nghị hỗ trợ thiết lập quan hệ kết nghĩa giữa {p} và một địa phương của {c}', 'Đề nghị hỗ trợ nâng cấp quan hệ hữu nghị với địa phương đối tác tại {c}'],
    body: '{p} mong muốn thiết lập quan hệ hợp tác hữu nghị lâu dài với một địa phương có điều kiện tương đồng của {c}, tập trung vào giáo dục, văn hóa, du lịch và nông nghiệp.',
    answer: 'Bộ đã trao đổi với Cơ quan đại diện tại {c} và gửi địa phương danh sách các địa phương bạn quan tâm; đề nghị địa phương xây dựng đề án và thực hiện thủ tục ký kết theo quy định về thỏa thuận quốc tế.' },
  { key: 'training', field: 'education', titles: ['Đề nghị cử cán bộ ngoại giao có kinh nghiệm biệt phái về làm việc tại {p}', 'Đề nghị hỗ trợ đào tạo ngoại ngữ và lễ tân đối ngoại cho cán bộ của {p}'],
    body: 'Đội ngũ cán bộ làm công tác đối ngoại của {p} còn mỏng, thiếu kinh nghiệm về lễ tân, đàm phán và ngoại ngữ; địa phương đề nghị Bộ hỗ trợ đào tạo và biệt phái cán bộ.',
    answer: 'Bộ Ngoại giao đưa cán bộ của địa phương vào chương trình bồi dưỡng năm tới và sẽ xem xét biệt phái cán bộ theo nhu cầu cụ thể địa phương gửi.' },
  { key: 'diaspora', field: 'science_technology', handling: 'overseas', titles: ['Đề nghị kết nối trí thức, doanh nhân kiều bào tại {c} với {p}', 'Đề nghị hỗ trợ tổ chức chương trình gặp mặt kiều bào về thăm {p}'],
    body: '{p} đề nghị hỗ trợ kết nối với các hội đoàn, trí thức và doanh nhân người Việt Nam tại {c} để thu hút chuyên gia, công nghệ và đầu tư về địa phương.',
    answer: 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài đã giới thiệu địa phương với các hội đoàn kiều bào tại {c} và sẽ phối hợp tổ chức buổi kết nối trong dịp Xuân Quê hương.' },
  { key: 'ngo', field: 'humanitarian_aid', to: 'central', titles: ['Đề nghị giới thiệu tổ chức phi chính phủ nước ngoài hỗ trợ y tế, giáo dục vùng khó khăn của {p}', 'Đề nghị hỗ trợ vận động viện trợ phi chính phủ cho các huyện nghèo của {p}'],
    body: 'Các xã vùng sâu, vùng xa của {p} còn nhiều khó khăn về y tế, nước sạch và trường học; địa phương đề nghị giới thiệu các tổ chức phi chính phủ nước ngoài có chương trình phù hợp.',
    answer: 'Đã giới thiệu địa phương với các tổ chức phi chính phủ nước ngoài đang hoạt động trong lĩnh vực y tế, giáo dục; đề nghị địa phương chuẩn bị hồ sơ dự án theo quy định về viện trợ không hoàn lại.' },
  { key: 'uxo', field: 'war_legacy', titles: ['Đề nghị vận động hỗ trợ rà phá bom mìn, vật liệu nổ sau chiến tranh tại {p}'],
    body: 'Diện tích đất còn ô nhiễm bom mìn tại {p} ảnh hưởng đến sản xuất và an toàn của người dân; địa phương đề nghị Bộ vận động các đối tác quốc tế hỗ trợ.',
    answer: 'Bộ đã đưa nhu cầu của địa phương vào danh mục vận động tại các cuộc tiếp xúc với đối tác và sẽ thông báo khi có nhà tài trợ quan tâm.' },
  { key: 'border', field: 'peace_solidarity', handling: 'boundary', border: true, titles: ['Đề nghị hỗ trợ ký thỏa thuận hợp tác giữa {p} và tỉnh giáp biên của {n}', 'Đề nghị hướng dẫn nâng cấp cặp cửa khẩu giữa {p} và {n}', 'Đề nghị hỗ trợ tổ chức giao lưu hữu nghị nhân dân hai bên biên giới {p} – {n}'],
    body: '{p} đề nghị Bộ Ngoại giao hướng dẫn và hỗ trợ các thủ tục đối ngoại để tăng cường hợp tác với các địa phương giáp biên của {n}, góp phần xây dựng đường biên giới hòa bình, hữu nghị.',
    answer: 'Ủy ban Biên giới quốc gia đã có văn bản hướng dẫn địa phương về trình tự, thủ tục; đề nghị địa phương phối hợp với lực lượng biên phòng chuẩn bị nội dung làm việc với phía bạn.' },
  { key: 'delegation', field: 'peace_solidarity', titles: ['Đề nghị hướng dẫn quy trình đón đoàn cấp cao {c} thăm và làm việc tại {p}', 'Đề nghị hỗ trợ tổ chức hội nghị quốc tế tại {p}'],
    body: '{p} dự kiến đón đoàn và tổ chức hoạt động quốc tế trong thời gian tới; đề nghị Bộ hướng dẫn về lễ tân, an ninh và thủ tục cho phép tổ chức hội nghị, hội thảo quốc tế.',
    answer: 'Bộ đã hướng dẫn địa phương về nghi lễ đón tiếp, thủ tục xin phép tổ chức hội nghị quốc tế và cử cán bộ hỗ trợ công tác lễ tân.' },
  { key: 'green', field: 'green_development', titles: ['Đề nghị kết nối nguồn vốn hợp tác chuyển đổi xanh từ {c} cho {p}', 'Đề nghị hỗ trợ tiếp cận hợp tác ứng phó biến đổi khí hậu với {c}'],
    body: '{p} có nhu cầu hợp tác về năng lượng tái tạo, nông nghiệp thích ứng với biến đổi khí hậu; đề nghị Bộ kết nối với các chương trình hợp tác của {c}.',
    answer: 'Bộ đã cung cấp thông tin về các chương trình hợp tác xanh của {c} và giới thiệu đầu mối để địa phương trao đổi trực tiếp.' },
  { key: 'tourism', field: 'tourism', titles: ['Đề nghị hỗ trợ quảng bá du lịch {p} tại {c}', 'Đề nghị hỗ trợ tổ chức Tuần văn hóa, du lịch {p} tại {c}'],
    body: '{p} đề nghị các Cơ quan đại diện tại {c} hỗ trợ giới thiệu hình ảnh, điểm đến và sản phẩm du lịch của địa phương tới công chúng và doanh nghiệp lữ hành sở tại.',
    answer: 'Cơ quan đại diện tại {c} sẽ lồng ghép quảng bá du lịch của địa phương vào các sự kiện văn hóa và đề nghị địa phương gửi ấn phẩm bằng tiếng nước sở tại.' },
  { key: 'information', field: 'information', to: 'central', titles: ['Đề nghị cung cấp tài liệu thông tin đối ngoại bằng tiếng nước ngoài cho {p}', 'Đề nghị hướng dẫn xử lý thông tin sai lệch về {p} trên báo chí nước ngoài'],
    body: '{p} đề nghị được cung cấp tài liệu, định hướng thông tin đối ngoại và hướng dẫn phối hợp xử lý khi báo chí nước ngoài đưa tin sai lệch về địa phương.',
    answer: 'Đã gửi địa phương bộ tài liệu thông tin đối ngoại và quy trình phối hợp xử lý thông tin sai lệch; đầu mối liên hệ là Vụ Thông tin đối ngoại.' },
];

export const partnerCountries = ['Nhật Bản', 'Hàn Quốc', 'Pháp', 'Đức', 'Ô-xtrây-li-a', 'Xin-ga-po', 'Hoa Kỳ', 'Ca-na-đa', 'Thái Lan', 'Ấn Độ', 'Cu-ba', 'Niu Di-lân'];
export const neighbours: Record<string, string> = { CN: 'Trung Quốc', LA: 'Lào', KH: 'Campuchia' };

export const rejectReasons = [
  'Nội dung không thuộc chức năng của Bộ Ngoại giao; đề nghị địa phương gửi Bộ Tài chính.',
  'Đề nghị trùng với nội dung Bộ đã trả lời địa phương trong năm; đề nghị tham khảo văn bản trả lời trước.',
  'Địa phương chưa gửi kèm hồ sơ, đề án theo quy định; đề nghị hoàn thiện và gửi lại.',
];

/** Near-identical proposals from several localities, grouped and answered once. */
export interface DemoGroupSpec {
  title: string;
  field: string;
  variants: string[];
  body: string;
  /** Localities (keys) that sent one each. */
  from: string[];
  /** Days ago the first came in. */
  ago: number;
  answer: string | null;
}

export const groupSpecs: DemoGroupSpec[] = [
  { title: 'Bồi dưỡng nghiệp vụ đối ngoại cho cán bộ địa phương', field: 'education',
    variants: ['Đề nghị Bộ Ngoại giao tổ chức lớp bồi dưỡng nghiệp vụ đối ngoại cho cán bộ địa phương', 'Đề nghị tổ chức lớp bồi dưỡng nghiệp vụ đối ngoại cho cán bộ cấp tỉnh', 'Đề nghị Bộ Ngoại giao mở lớp bồi dưỡng nghiệp vụ đối ngoại cho cán bộ địa phương'],
    body: 'Đề nghị Bộ tổ chức các lớp bồi dưỡng ngắn hạn về nghiệp vụ đối ngoại, lễ tân và ký kết thỏa thuận quốc tế cho cán bộ làm công tác đối ngoại của địa phương.',
    from: ['thanhhoa', 'nghean', 'hatinh', 'quangtri', 'gialai', 'daklak', 'camau'], ago: 150,
    answer: 'Bộ Ngoại giao sẽ tổ chức hai lớp bồi dưỡng nghiệp vụ đối ngoại cho cán bộ địa phương tại Hà Nội và Thành phố Hồ Chí Minh; Học viện Ngoại giao gửi kế hoạch và phân bổ chỉ tiêu cho từng địa phương.' },
  { title: 'Hướng dẫn ký kết và thực hiện thỏa thuận quốc tế của địa phương', field: 'peace_solidarity',
    variants: ['Đề nghị hướng dẫn thủ tục ký kết thỏa thuận quốc tế của địa phương', 'Đề nghị hướng dẫn trình tự ký kết và thực hiện thỏa thuận quốc tế cấp tỉnh'],
    body: 'Đề nghị Bộ hướng dẫn trình tự, thủ tục lấy ý kiến, ký kết và báo cáo thực hiện thỏa thuận quốc tế nhân danh chính quyền địa phương theo Luật Thỏa thuận quốc tế.',
    from: ['haiphong', 'cantho', 'bacninh', 'thainguyen', 'lamdong'], ago: 95,
    answer: 'Bộ Ngoại giao đã ban hành tài liệu hướng dẫn thực hiện Luật Thỏa thuận quốc tế cho địa phương, kèm các mẫu văn bản; Vụ Luật pháp và Điều ước quốc tế là đầu mối giải đáp.' },
  { title: 'Thông tin thị trường các nước có hiệp định thương mại tự do với Việt Nam', field: 'trade_investment',
    variants: ['Đề nghị cung cấp thông tin thị trường các nước có FTA với Việt Nam', 'Đề nghị cung cấp thông tin thị trường các nước đã có hiệp định thương mại tự do với Việt Nam'],
    body: 'Doanh nghiệp của địa phương cần thông tin về quy tắc xuất xứ, tiêu chuẩn và nhu cầu thị trường của các đối tác FTA để tận dụng ưu đãi thuế quan.',
    from: ['danang', 'khanhhoa', 'dongnai', 'angiang'], ago: 22, answer: null },
];

/** The border province's proposal that became a task of the Ministry's programme. */
export const taskProposal = {
  from: 'langson',
  title: 'Đề nghị mở lớp bồi dưỡng nghiệp vụ đối ngoại cho cán bộ các tỉnh biên giới phía Bắc',
  body: 'Các tỉnh biên giới phía Bắc có nhiều hoạt động đối ngoại với địa phương của Trung Quốc; đề nghị Bộ mở lớp bồi dưỡng riêng về công tác biên giới, lãnh sự và lễ tân cho cán bộ các tỉnh.',
  answer: 'Bộ Ngoại giao nhận đề nghị và đưa vào Chương trình hành động: mở lớp bồi dưỡng cho cán bộ các tỉnh biên giới phía Bắc, do Bộ chủ trì, Ủy ban Biên giới quốc gia và các tỉnh phối hợp.',
};
