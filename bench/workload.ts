/** The benchmark's fixed, mixed workload: free search and every kind of question, accented and accentless. */
export const WORKLOAD: { kind: string; q: string; search?: boolean }[] = [
  { kind: 'search-common', q: 'văn phòng tỉnh hội nghị', search: true },
  { kind: 'search-common', q: 'van phong tinh hoi nghi', search: true },
  { kind: 'search-common', q: 'cải cách hành chính công nghệ thông tin', search: true },
  { kind: 'search-rare', q: 'Cái Mép', search: true },
  { kind: 'search-rare', q: 'cau cai mep 15', search: true },
  { kind: 'search-rare', q: 'Nông Thanh Việt', search: true },
  { kind: 'attendees', q: 'who attended the 2015 congress?' },
  { kind: 'attendees', q: 'ai dự hội nghị tổng kết năm 2018 ở Tây Ninh?' },
  { kind: 'attendees', q: 'ai du hoi nghi nam 2020 o ninh binh' },
  { kind: 'figure', q: 'how many documents did the office issue in 2019?' },
  { kind: 'figure', q: 'năm 2014 tiếp nhận bao nhiêu văn bản đến?' },
  { kind: 'figure', q: 'bao nhieu cuoc hop nam 2012' },
  { kind: 'date', q: 'when was the Tây Ninh conference of 2011 held?' },
  { kind: 'chair', q: 'who chaired the 2016 conference in Ninh Bình?' },
  { kind: 'not-found', q: 'how many bridges collapsed in 2031?' },
  { kind: 'not-found', q: 'ai dự hội nghị ở Springfield năm 1990' },
];
