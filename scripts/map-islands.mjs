// The islands, cays and reefs of Viet Nam's two archipelagos in the Bien Dong
// (South China Sea), [longitude, latitude] in degrees. Natural Earth's 10m data
// has only a few of them (and no Truong Sa Lon at all), so the map is drawn from
// this gazetteer together with Natural Earth's island outlines.
// Positions are rounded to about 1 km: each becomes a dot tens of kilometres wide.

/** Quần đảo Hoàng Sa (Paracel Islands). */
export const hoangSa = [
  [112.339, 16.834], // Phú Lâm (Woody Island)
  [112.345, 16.845], // Đá (Rocky Island)
  [112.262, 16.979], // Cây (Tree Island)
  [112.316, 16.963], // Bắc (North Island)
  [112.324, 16.958], // Trung (Middle Island)
  [112.335, 16.952], // Nam (South Island)
  [112.733, 16.667], // Linh Côn (Lincoln Island)
  [111.605, 16.533], // Hoàng Sa (Pattle Island)
  [111.583, 16.507], // Hữu Nhật (Robert Island)
  [111.509, 16.448], // Quang Ảnh (Money Island)
  [111.717, 16.45], // Quang Hòa (Duncan Island)
  [111.739, 16.464], // Duy Mộng (Drummond Island)
  [111.583, 16.467], // Đá Hải Sâm (Antelope Reef)
  [111.2, 15.783], // Tri Tôn (Triton Island)
  [111.767, 16.05], // Bạch Quy (Passu Keah)
  [112.52, 16.035], // Đá Bông Bay (Bombay Reef)
  [111.683, 16.233], // Đá Lồi (Discovery Reef)
  [112.033, 16.333], // Đá Chim Én (Vuladdore Reef)
  [111.5, 17.083], // Đá Bắc (North Reef)
];

/** Quần đảo Trường Sa (Spratly Islands). */
export const truongSa = [
  [111.92, 8.645], // Trường Sa Lớn (Spratly Island)
  [114.331, 11.429], // Song Tử Tây (Southwest Cay)
  [114.356, 11.453], // Song Tử Đông (Northeast Cay)
  [114.365, 10.377], // Ba Bình (Itu Aba)
  [114.363, 10.182], // Nam Yết (Namyit Island)
  [114.479, 10.376], // Sơn Ca (Sand Cay)
  [114.33, 9.883], // Sinh Tồn (Sin Cowe Island)
  [114.565, 9.913], // Sinh Tồn Đông (Grierson Reef)
  [114.283, 11.053], // Thị Tứ (Thitu Island)
  [114.423, 10.682], // Loại Ta (Loaita Island)
  [114.53, 10.72], // Bến Lạc (Lankiam Cay)
  [115.823, 10.81], // Bình Nguyên (Flat Island)
  [115.803, 10.728], // Vĩnh Viễn (Nanshan Island)
  [113.698, 8.958], // Phan Vinh (Pearson Reef)
  [112.917, 7.867], // An Bang (Amboyna Cay)
  [112.35, 8.93], // Trường Sa Đông (Central London Reef)
  [112.2, 8.85], // Đá Tây (West London Reef)
  [112.6, 8.83], // Đá Đông (East London Reef)
  [113.85, 10.07], // Đá Lớn (Discovery Great Reef)
  [113.3, 8.15], // Đá Thuyền Chài (Barque Canada Reef)
  [114.37, 9.78], // Đá Len Đao (Lansdowne Reef)
  [114.25, 9.76], // Đá Cô Lin (Collins Reef)
  [114.28, 9.72], // Đá Gạc Ma (Johnson South Reef)
  [112.89, 9.55], // Đá Chữ Thập (Fiery Cross Reef)
  [112.84, 8.86], // Đá Châu Viên (Cuarteron Reef)
  [115.53, 9.9], // Đá Vành Khăn (Mischief Reef)
  [113.84, 7.37], // Đá Hoa Lau (Swallow Reef)
  [115.23, 8.39], // Đá Công Đo (Commodore Reef)
  [114.65, 9.98], // Đá Ba Đầu (Whitsun Reef)
  [114.08, 10.92], // Đá Xu Bi (Subi Reef)
  [113.98, 8.82], // Đá Tốc Tan (Alison Reef)
  [114.18, 8.7], // Đá Núi Le (Cornwallis South Reef)
  [114.65, 8.87], // Đá Tiên Nữ (Tennent Reef)
  [113.9, 7.98], // Đá Kỳ Vân (Mariveles Reef)
  [114.68, 8.13], // Bãi Thám Hiểm (Investigator Shoal)
  [115.87, 9.73], // Bãi Cỏ Mây (Second Thomas Shoal)
  [114.23, 10.21], // Đá Ga Ven (Gaven Reefs)
  [114.57, 10.41], // Đá Núi Thị (Petley Reef)
  [114.5, 9.91], // Đá Tư Nghĩa (Hughes Reef)
];

/**
 * Boxes [west, south, east, north] that hold each archipelago and no other
 * land: any polygon of the source data wholly inside one belongs to it.
 */
export const boxes = {
  hoangSa: [110.9, 15.5, 113.2, 17.4],
  truongSa: [111.5, 7.0, 116.5, 11.8],
};
