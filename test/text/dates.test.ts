import assert from 'node:assert/strict';
import { findDates, parseHeaderDate } from '../../src/text/dates.ts';

describe('text/dates', () => {
  it('reads day-month with and without a year', () => {
    const d = (s: string) => findDates(s).map((x) => [x.day, x.month, x.year]);
    assert.deepEqual(d('Chiều 10-1, Văn phòng'), [[10, 1, null]]);
    assert.deepEqual(d('LSO-Ngày 22/5/2020, Đảng bộ'), [[22, 5, 2020]]);
    assert.deepEqual(d('Sáng 05.01.2021 tại'), [[5, 1, 2021]]);
    assert.deepEqual(d('ngày 29 tháng 12 năm 2015'), [[29, 12, 2015]]);
  });

  it('does not take ratios, ranges or decimals for dates', () => {
    assert.deepEqual(findDates('hoàn thành 140/145 nội dung, 3 năm 2016 - 2018, tăng 3.5'), []);
    assert.deepEqual(findDates('đạt 12/15 chỉ tiêu'), []);
  });

  it('parses header datelines and rejects sentences', () => {
    assert.deepEqual(parseHeaderDate('Thứ ba,  19/01/2021')?.year, 2021);
    assert.equal(parseHeaderDate('Chủ Nhật, 10/03/2019, 22:09 (GMT+7)')?.month, 3);
    assert.equal(parseHeaderDate('Cập nhật: 08/01/2022 10:15')?.day, 8);
    assert.equal(parseHeaderDate('Ngày 22/5/2020, Đảng bộ tổ chức đại hội'), null);
  });
});

describe('text/dates: bracketed dates', () => {
  it('reads "Sáng nay (10/1)" and "Chiều qua (ngày 10-1-2022)"', () => {
    assert.deepEqual(
      findDates('Sáng nay (10/1), Văn phòng').map((x) => [x.day, x.month, x.year]),
      [[10, 1, null]],
    );
    assert.deepEqual(
      findDates('Chiều qua (ngày 10-1-2022), hội nghị').map((x) => [x.day, x.month, x.year]),
      [[10, 1, 2022]],
    );
  });
});
