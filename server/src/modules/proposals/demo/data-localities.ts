// The localities that send proposals to the Ministry in the demo, besides Hanoi, Hoa Binh and
// Hoan Kiem (setup/demo.ts): provinces and cities as they stand after the 2025 merger of
// provinces. Phú Thọ is left out, since it now contains Hòa Bình, which the demo keeps.
// Border provinces carry the neighbour they border, for the border-cooperation proposals.

export interface DemoLocality {
  key: string;
  vi: string;
  en: string;
  fr: string;
  /** Country code of a neighbour it borders. */
  border?: 'CN' | 'LA' | 'KH';
}

const city = (key: string, name: string, en: string, fr: string): DemoLocality => ({
  key, vi: `Ủy ban nhân dân thành phố ${name}`, en: `${en} City People’s Committee`, fr: `Comité populaire de la ville de ${fr}`,
});
const province = (key: string, name: string, en: string, fr: string, border?: DemoLocality['border']): DemoLocality => ({
  key, vi: `Ủy ban nhân dân tỉnh ${name}`, en: `${en} Provincial People’s Committee`, fr: `Comité populaire de la province de ${fr}`, ...(border ? { border } : {}),
});

export const demoLocalities: DemoLocality[] = [
  city('haiphong', 'Hải Phòng', 'Hai Phong', 'Haï Phong'),
  city('danang', 'Đà Nẵng', 'Da Nang', 'Da Nang'),
  city('hcmc', 'Hồ Chí Minh', 'Ho Chi Minh', 'Hô Chi Minh'),
  city('cantho', 'Cần Thơ', 'Can Tho', 'Cân Tho'),
  city('hue', 'Huế', 'Hue', 'Hué'),
  province('laichau', 'Lai Châu', 'Lai Chau', 'Lai Chau', 'CN'),
  province('dienbien', 'Điện Biên', 'Dien Bien', 'Diên Biên', 'LA'),
  province('sonla', 'Sơn La', 'Son La', 'Son La', 'LA'),
  province('langson', 'Lạng Sơn', 'Lang Son', 'Lang Son', 'CN'),
  province('caobang', 'Cao Bằng', 'Cao Bang', 'Cao Bang', 'CN'),
  province('tuyenquang', 'Tuyên Quang', 'Tuyen Quang', 'Tuyên Quang', 'CN'),
  province('laocai', 'Lào Cai', 'Lao Cai', 'Lao Cai', 'CN'),
  province('thainguyen', 'Thái Nguyên', 'Thai Nguyen', 'Thai Nguyên'),
  province('bacninh', 'Bắc Ninh', 'Bac Ninh', 'Bac Ninh'),
  province('quangninh', 'Quảng Ninh', 'Quang Ninh', 'Quang Ninh', 'CN'),
  province('thanhhoa', 'Thanh Hóa', 'Thanh Hoa', 'Thanh Hoa', 'LA'),
  province('nghean', 'Nghệ An', 'Nghe An', 'Nghê An', 'LA'),
  province('hatinh', 'Hà Tĩnh', 'Ha Tinh', 'Ha Tinh', 'LA'),
  province('quangtri', 'Quảng Trị', 'Quang Tri', 'Quang Tri', 'LA'),
  province('quangngai', 'Quảng Ngãi', 'Quang Ngai', 'Quang Ngai', 'LA'),
  province('gialai', 'Gia Lai', 'Gia Lai', 'Gia Lai', 'KH'),
  province('khanhhoa', 'Khánh Hòa', 'Khanh Hoa', 'Khanh Hoa'),
  province('lamdong', 'Lâm Đồng', 'Lam Dong', 'Lam Dong'),
  province('daklak', 'Đắk Lắk', 'Dak Lak', 'Dak Lak', 'KH'),
  province('dongnai', 'Đồng Nai', 'Dong Nai', 'Dong Nai', 'KH'),
  province('tayninh', 'Tây Ninh', 'Tay Ninh', 'Tây Ninh', 'KH'),
  province('angiang', 'An Giang', 'An Giang', 'An Giang', 'KH'),
  province('camau', 'Cà Mau', 'Ca Mau', 'Cà Mau'),
];
