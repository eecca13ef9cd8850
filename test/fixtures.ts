/** Small reports the tests write themselves, in phrasings the shipped five do not use. */

export const HDND_REPORT = [
  'Thứ sáu, 08/01/2021 09:30',
  '',
  'Văn phòng HĐND tỉnh Quảng Trị tổng kết công tác năm 2020',
  '',
  'Sáng 7-1, Văn phòng HĐND tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021. Hội nghị do đồng chí Trần Văn Minh, Chánh Văn phòng HĐND tỉnh chủ trì.',
  '',
  'Tham dự hội nghị có các đồng chí: Nguyễn Thị Lan, Phó Chủ tịch HĐND tỉnh; Lê Quốc Huy, Trưởng ban Pháp chế HĐND tỉnh; đại diện lãnh đạo các ban HĐND tỉnh.',
  '',
  'Quang cảnh hội nghị',
  '',
  'Năm 2020, Văn phòng đã tiếp nhận gần 2 nghìn văn bản đến, phát hành 1.204 văn bản đi (tăng 12,5% so với năm 2019); phục vụ 6 kỳ họp và 48 phiên họp thường trực.',
  '',
  'Dịp này, đồng chí Nguyễn Thị Lan trao Bằng khen của UBND tỉnh cho 3 tập thể và 7 cá nhân.',
  '',
  'Thu Hà (TTXVN)',
  '',
  'TOP',
].join('\r\n');

export const CONGRESS_REPORT = [
  'Đảng bộ Văn phòng Tỉnh ủy Ninh Bình tổ chức Đại hội nhiệm kỳ 2025-2030',
  '',
  'Ngày 12 tháng 6 năm 2025, Đảng bộ Văn phòng Tỉnh ủy Ninh Bình tổ chức Đại hội đại biểu lần thứ XV, nhiệm kỳ 2025-2030.',
  '',
  'Dự, chỉ đạo và chúc mừng Đại hội có các đồng chí: Phạm Quang Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Chánh Văn phòng Tỉnh ủy; Đinh Thị Hoa, Phó Bí thư Đảng ủy Khối các cơ quan tỉnh.',
  '',
  'Trong nhiệm kỳ qua, Đảng bộ đã kết nạp 12 đảng viên mới; 100% chi bộ hoàn thành tốt nhiệm vụ.',
  '',
  'Ảnh: Đại hội biểu quyết thông qua nghị quyết',
  '',
  'ĐỖ HOẠT',
].join('\n');

/** The same congress report in NFD with a BOM: must read exactly like the NFC one. */
export const CONGRESS_REPORT_NFD = `\uFEFF${CONGRESS_REPORT.normalize('NFD')}`;

/** A dash between name and title, a source tag before the lead, "Chủ trì hội nghị có …", document types. */
export const NGHE_AN_REPORT =
  '(Baotintuc.vn) - Sáng ngày 15/01/2022, Văn phòng UBND tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022.\n\nTới dự hội nghị có đồng chí Nguyễn Đức Trung – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; ông Hoàng Nghĩa Hiếu, Giám đốc Sở Nội vụ.\n\nChủ trì hội nghị có đồng chí Đậu Vĩnh Thịnh, Chánh Văn phòng UBND tỉnh.\n\nNăm 2021, Văn phòng đã tiếp nhận và xử lý 45.678 văn bản các loại; tham mưu ban hành hơn 1.200 văn bản quy phạm pháp luật, trong đó có 56 quyết định; tổ chức 320 cuộc họp, hội nghị.\n\nThay mặt lãnh đạo tỉnh, đồng chí Nguyễn Đức Trung trao Bằng khen của Chủ tịch UBND tỉnh cho 3 tập thể.\n\nThanh Lê\n';

/** "Về dự …", two people who "đồng chủ trì", a byline that only says "PV". */
export const BAC_NINH_REPORT =
  'Đại hội Chi bộ Văn phòng HĐND tỉnh Bắc Ninh nhiệm kỳ 2022 - 2025\n\nNgày 5-4-2022, Chi bộ Văn phòng HĐND tỉnh Bắc Ninh tổ chức Đại hội nhiệm kỳ 2022 - 2025. Về dự Đại hội có đồng chí Nguyễn Quốc Chung, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Lê Thị Hoa, Phó Chủ tịch HĐND tỉnh.\n\nĐồng chí Trần Minh Tuấn, Bí thư Chi bộ và đồng chí Phạm Văn Đạt, Phó Bí thư Chi bộ đồng chủ trì Đại hội.\n\nNhiệm kỳ 2020-2022, Chi bộ đã kết nạp 3 đảng viên mới; Văn phòng tham mưu tổ chức 12 kỳ họp.\n\nPV\n';

/** "Về phía lãnh đạo tỉnh có …" after a sentence that names nobody; units before their numbers ("số văn bản đến là 25.678"). */
export const PHU_THO_REPORT =
  'Văn phòng Tỉnh ủy Phú Thọ tổng kết công tác năm 2022\n\nSáng 9/1/2023, Văn phòng Tỉnh ủy Phú Thọ tổ chức hội nghị tổng kết công tác văn phòng cấp ủy năm 2022. Hội nghị có sự tham dự của nhiều đại biểu.\n\nVề phía lãnh đạo tỉnh có đồng chí Bùi Đình Thi, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Hồ Đức Hùng, Ủy viên Ban Thường vụ, Chánh Văn phòng Tỉnh ủy.\n\nTrong năm, số văn bản đến là 25.678; văn bản đi: 4.321 (tăng 5% so với cùng kỳ).\n\nPhương Thanh\n';
