import { addDays, calendarDateOf, isIsoDate, resolveMonthDay, resolveWeekday, weekdayOf } from './dates';

describe('calendar dates', () => {
  it('accepts real ISO dates only', () => {
    expect(isIsoDate('2025-03-28')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('28/03/2025')).toBe(false);
    expect(isIsoDate(20250328)).toBe(false);
  });

  it('reads the calendar date of a date-time as written, whatever its offset', () => {
    expect(calendarDateOf('2025-03-28T23:30:00-04:00')).toBe('2025-03-28');
    expect(calendarDateOf('2025-03-28')).toBe('2025-03-28');
    expect(calendarDateOf('March 28, 2025')).toBeNull();
    expect(calendarDateOf('2025-13-01')).toBeNull();
  });

  it('counts days across month ends', () => {
    expect(addDays('2025-03-28', 5)).toBe('2025-04-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(weekdayOf('2025-03-28')).toBe('friday');
  });
});

describe('weekdays resolved by tense', () => {
  // The seed article was published on Friday 2025-03-28.
  it('takes a past-tense weekday as the latest such day on or before publication', () => {
    expect(resolveWeekday('2025-03-28', 'friday', 'past')).toBe('2025-03-28');
    expect(resolveWeekday('2025-03-28', 'thursday', 'past')).toBe('2025-03-27');
    expect(resolveWeekday('2025-03-28', 'saturday', 'past')).toBe('2025-03-22');
  });

  it('takes a future-tense weekday as the next such day after publication', () => {
    expect(resolveWeekday('2026-03-06', 'monday', 'future')).toBe('2026-03-09');
    expect(resolveWeekday('2026-03-06', 'friday', 'future')).toBe('2026-03-13');
  });
});

describe('days of a month without a year', () => {
  it('keeps the publication year unless the tense points across a year end', () => {
    expect(resolveMonthDay('2025-03-28', 3, 14, 'past')).toBe('2025-03-14');
    expect(resolveMonthDay('2025-03-28', 4, 2, 'future')).toBe('2025-04-02');
    expect(resolveMonthDay('2025-10-27', 1, 1, 'future')).toBe('2026-01-01');
    expect(resolveMonthDay('2025-01-10', 12, 20, 'past')).toBe('2024-12-20');
    expect(resolveMonthDay('2025-01-10', 2, 30, 'past')).toBeNull();
  });
});
